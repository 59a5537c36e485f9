/**
 * An appender in its own OS process (another API instance, as far as the store can tell), started
 * by remote-appender.ts with `node --import tsx`. Usage: appender-process.ts <event store URL>. It
 * opens the store through `openEventStore`, says 'ready', then serves requests.
 */
import { randomUUID } from 'node:crypto';
import { openEventStore } from '../../adapters/open-event-store.js';
import { WrongExpectedRevisionError } from '../../errors.js';
import type { EventToAppend } from '../../event-store.port.js';
import { parseEventStoreUrl } from '../../event-store-url.js';
import { preciseNow, type AppenderReply, type AppenderRequest, type AppenderResult } from './appender-protocol.js';

const url = process.argv[2];
if (!url) throw new Error('usage: appender-process.ts <event store URL>');
const store = await openEventStore(url);
const send = (reply: AppenderReply): void => void process.send?.(reply);

function burstEvent(revision: number): EventToAppend {
  const metadata = { actorId: 'appender-process', actorRole: 'coordinator', occurredAt: '2025-03-01T09:00:00.000Z', correlationId: 'burst' } as const;
  return { eventId: randomUUID(), type: 'BurstAppended', schemaVersion: 1, data: { revision }, metadata };
}

/**
 * Sleeps to just before the shared instant, then busy-waits the last few milliseconds: a timer
 * alone wakes a few milliseconds late, unevenly; spinning all the way would starve a small machine.
 */
async function waitUntil(instant: number): Promise<void> {
  const sleepMs = instant - preciseNow() - 5;
  if (sleepMs > 0) await new Promise((resolve) => setTimeout(resolve, sleepMs));
  while (preciseNow() < instant);
}

async function serve(request: AppenderRequest): Promise<AppenderResult> {
  switch (request.kind) {
    case 'append': {
      await waitUntil(request.startAt);
      const startedAt = preciseNow();
      try {
        const { expectedRevision, event } = request;
        const result = await store.appendToStream(request.streamId, [event], { expectedRevision });
        return { kind: 'appended', nextExpectedRevision: result.nextExpectedRevision, startedAt };
      } catch (error) {
        if (!(error instanceof WrongExpectedRevisionError)) throw error;
        return { kind: 'conflict', actual: error.actual, startedAt };
      }
    }
    case 'burst': {
      await waitUntil(request.startAt);
      for (let revision = 0; revision < request.count; revision += 1) {
        const expectedRevision = revision === 0 ? 'no_stream' : revision - 1;
        await store.appendToStream(request.streamId, [burstEvent(revision)], { expectedRevision });
        // Let the peer process in: without a gap one process takes the lock for its whole burst.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return { kind: 'burst-done' };
    }
    case 'hold-write-lock': {
      const location = parseEventStoreUrl(url);
      if (location.engine !== 'sqlite') throw new Error('hold-write-lock is for the SQLite store only');
      const { default: Database } = await import('better-sqlite3');
      const raw = new Database(location.filename);
      raw.exec('BEGIN IMMEDIATE');
      setTimeout(() => {
        raw.exec('COMMIT');
        raw.close();
      }, request.ms);
      return { kind: 'locked' };
    }
  }
}

process.on('message', (request: AppenderRequest) => {
  serve(request).then(
    (result) => send({ id: request.id, ok: true, result }),
    (error: unknown) => send({ id: request.id, ok: false, error: String(error) }),
  );
});

// The parent disconnects to stop us.
process.on('disconnect', () => {
  void store.close().then(() => process.exit(0));
});

send({ kind: 'ready' });
