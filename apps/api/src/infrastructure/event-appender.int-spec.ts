import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WrongExpectedRevisionError } from '@samverkan/event-store';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import type { CommandContext, DomainEvent } from '@samverkan/shared-kernel';
import { ProblemError } from '../common/problem.js';
import type { IdGenerator } from './clock.js';
import { EventAppender } from './event-appender.js';

const context: CommandContext = { actorId: 'lomma.samordnare', actorRole: 'coordinator', now: '2025-03-01T09:00:00.000Z', correlationId: 'corr-1' };
const noted = (note: string): DomainEvent => ({ type: 'NoteAdded', schemaVersion: 1, data: { note } });

describe('the event appender', () => {
  let dir: string;
  let store: SqliteEventStore;
  let appender: EventAppender;

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-appender-'));
    store = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
    let n = 0;
    appender = new EventAppender(store, { newId: () => `event-${++n}` } as IdGenerator);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('writes a new stream with the command context as metadata and the machine version', async () => {
    await appender.append({ streamId: 's', context, loadedRevision: null, machineVersion: 'cycle@2' }, () => [noted('a')]);
    const [stored] = await store.readStream('s');
    expect(stored).toMatchObject({ eventId: 'event-1', type: 'NoteAdded', revision: 0, data: { note: 'a' } });
    expect(stored!.metadata).toEqual({
      actorId: 'lomma.samordnare',
      actorRole: 'coordinator',
      occurredAt: context.now,
      correlationId: 'corr-1',
      machineVersion: 'cycle@2',
    });
  });

  it('refuses a second writer of a stream that was new when loaded (no_stream): nothing is written', async () => {
    await appender.append({ streamId: 's', context, loadedRevision: null }, () => [noted('first')]);
    await expect(appender.append({ streamId: 's', context, loadedRevision: null }, () => [noted('second')])).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
    expect((await store.readStream('s')).map((e) => e.data)).toEqual([{ note: 'first' }]);
  });

  describe('when the caller saw an older revision (If-Match) than the one loaded', () => {
    it('refuses with 412 before deciding anything, and writes nothing', async () => {
      await appender.append({ streamId: 's', context, loadedRevision: null }, () => [noted('a')]);
      await appender.append({ streamId: 's', context, loadedRevision: 0 }, () => [noted('b')]);
      let decided = false;
      const stale = appender.append({ streamId: 's', context, loadedRevision: 1, ifMatch: 0 }, () => {
        decided = true;
        return [noted('c')];
      });
      await expect(stale).rejects.toMatchObject({ problem: { status: 412, currentRevision: 1 } });
      await expect(stale).rejects.toBeInstanceOf(ProblemError);
      expect(decided).toBe(false);
      expect(await store.readStream('s')).toHaveLength(2);
    });
  });

  it('appends on the loaded revision when If-Match matches it', async () => {
    await appender.append({ streamId: 's', context, loadedRevision: null }, () => [noted('a')]);
    const result = await appender.append({ streamId: 's', context, loadedRevision: 0, ifMatch: 0 }, () => [noted('b')]);
    expect(result.nextExpectedRevision).toBe(1);
  });
});
