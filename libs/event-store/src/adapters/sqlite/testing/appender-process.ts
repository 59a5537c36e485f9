/**
 * An appender in its own OS process, started by remote-appender.ts with `node --import tsx`.
 * Usage: appender-process.ts <sqlite file>. It opens the store, says 'ready', then serves requests.
 */
import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { WrongExpectedRevisionError } from '../../../errors.js';
import { SqliteEventStore } from '../sqlite-event-store.js';
import { preciseNow, type AppenderReply, type AppenderRequest, type AppenderResult } from './appender-protocol.js';

const filename = process.argv[2];
if (!filename) throw new Error('usage: appender-process.ts <sqlite file>');
const store = new SqliteEventStore({ filename });
const send = (reply: AppenderReply): void => void process.send?.(reply);

/** Busy-waits to the shared instant: a timer would wake a few milliseconds late, unevenly. */
function waitUntil(instant: number): void {
  while (preciseNow() < instant);
}

async function serve(request: AppenderRequest): Promise<AppenderResult> {
  switch (request.kind) {
    case 'append': {
      waitUntil(request.startAt);
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
      waitUntil(request.startAt);
      for (let revision = 0; revision < request.count; revision += 1) {
        const event = { eventId: randomUUID(), type: 'BurstAppended', schemaVersion: 1, data: { revision }, metadata: {
          actorId: 'appender-process', actorRole: 'coordinator' as const, occurredAt: new Date(0).toISOString(), correlationId: 'burst' } };
        await store.appendToStream(request.streamId, [event], { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 });
        // Let the peer process in: without a gap one process takes the lock for its whole burst.
        await new Promise((resolve) => setTimeout(resolve, 1));
      }
      return { kind: 'burst-done' };
    }
    case 'hold-write-lock': {
      const raw = new Database(filename);
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
