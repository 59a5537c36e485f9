import { describe, expect, it } from '@jest/globals';
import { WrongExpectedRevisionError } from '../../errors.js';
import type { ExpectedRevision } from '../../event-store.port.js';
import { anEvent, events, type EventStoreFixture } from './fixture.js';

async function conflictOf(attempt: Promise<unknown>): Promise<WrongExpectedRevisionError> {
  const error = await attempt.then(
    () => undefined,
    (reason: unknown) => reason,
  );
  expect(error).toBeInstanceOf(WrongExpectedRevisionError);
  return error as WrongExpectedRevisionError;
}

export function appendContract(current: () => EventStoreFixture): void {
  describe('appending and reading a stream', () => {
    it('reads back what was appended, with revisions from 0', async () => {
      const { store } = current();
      const written = [anEvent({ title: 'Trygg skolväg', tags: ['a', 'b'] }), anEvent({ n: 2 }, 'Other')];
      const result = await store.appendToStream('agreement-1', written, { expectedRevision: 'no_stream' });

      const read = await store.readStream('agreement-1');
      expect(read.map(({ position: _p, ...rest }) => rest)).toEqual(written.map((event, revision) => ({ ...event, streamId: 'agreement-1', revision })));
      expect(result).toEqual({ nextExpectedRevision: 1, position: read[1]!.position });
    });

    it('reads a stream that does not exist as empty', async () => {
      expect(await current().store.readStream('never-written')).toEqual([]);
    });

    it('reads a stream from a revision', async () => {
      const { store } = current();
      await store.appendToStream('s', events(4), { expectedRevision: 'no_stream' });
      const read = await store.readStream('s', { fromRevision: 2 });
      expect(read.map((event) => event.revision)).toEqual([2, 3]);
    });

    it('reads at most maxCount events of a stream', async () => {
      const { store } = current();
      await store.appendToStream('s', events(5), { expectedRevision: 'no_stream' });
      expect((await store.readStream('s', { fromRevision: 1, maxCount: 2 })).map((e) => e.revision)).toEqual([1, 2]);
      expect(await store.readStream('s', { maxCount: 0 })).toEqual([]);
    });

    it('reads a stream backwards, newest first, from its end or from a revision', async () => {
      const { store } = current();
      await store.appendToStream('s', events(4), { expectedRevision: 'no_stream' });
      expect((await store.readStream('s', { direction: 'backwards' })).map((e) => e.revision)).toEqual([3, 2, 1, 0]);
      expect((await store.readStream('s', { direction: 'backwards', maxCount: 1 })).map((e) => e.revision)).toEqual([3]);
      expect((await store.readStream('s', { direction: 'backwards', fromRevision: 2, maxCount: 2 })).map((e) => e.revision)).toEqual([2, 1]);
      expect(await store.readStream('nothing-here', { direction: 'backwards', maxCount: 1 })).toEqual([]);
    });

    it('keeps streams apart', async () => {
      const { store } = current();
      await store.appendToStream('a', events(2, 'a'), { expectedRevision: 'no_stream' });
      await store.appendToStream('b', events(1, 'b'), { expectedRevision: 'no_stream' });
      expect((await store.readStream('a')).map((event) => event.data)).toEqual([
        { label: 'a', n: 0 },
        { label: 'a', n: 1 },
      ]);
    });
  });

  describe('expected revision', () => {
    const append = (expectedRevision: ExpectedRevision, count = 1) => current().store.appendToStream('s', events(count), { expectedRevision });

    it('no_stream creates a new stream', async () => {
      expect((await append('no_stream')).nextExpectedRevision).toBe(0);
    });

    it('no_stream on an existing stream is a conflict naming its revision, and writes nothing', async () => {
      await append('no_stream', 2);
      const conflict = await conflictOf(append('no_stream'));
      expect(conflict).toMatchObject({ streamId: 's', expected: 'no_stream', actual: 1 });
      expect(await current().store.readStream('s')).toHaveLength(2);
    });

    it('the current revision appends after it', async () => {
      await append('no_stream', 2);
      expect((await append(1, 2)).nextExpectedRevision).toBe(3);
      expect((await current().store.readStream('s')).map((event) => event.revision)).toEqual([0, 1, 2, 3]);
    });

    it('a stale revision is a conflict naming the current one', async () => {
      await append('no_stream', 3);
      const conflict = await conflictOf(append(0));
      expect(conflict).toMatchObject({ expected: 0, actual: 2 });
      expect(await current().store.readStream('s')).toHaveLength(3);
    });

    it('a revision ahead of the stream is a conflict too', async () => {
      await append('no_stream');
      expect(await conflictOf(append(5))).toMatchObject({ expected: 5, actual: 0 });
    });

    it('an exact revision on a missing stream is a conflict with actual no_stream', async () => {
      expect(await conflictOf(append(0))).toMatchObject({ expected: 0, actual: 'no_stream' });
    });

    it('any appends to new and existing streams', async () => {
      expect((await append('any')).nextExpectedRevision).toBe(0);
      expect((await append('any', 2)).nextExpectedRevision).toBe(2);
    });

    it('an empty append still checks the revision and writes nothing', async () => {
      await append('no_stream', 2);
      await conflictOf(current().store.appendToStream('s', [], { expectedRevision: 0 }));
      const result = await current().store.appendToStream('s', [], { expectedRevision: 1 });
      expect(result.nextExpectedRevision).toBe(1);
      expect(await current().store.readAll()).toHaveLength(2);
    });
  });

  describe('atomic appends', () => {
    it('writes none of an append whose middle event cannot be stored', async () => {
      const { store } = current();
      await store.appendToStream('s', events(1), { expectedRevision: 'no_stream' });
      const unstorable = anEvent({ amount: 10n }); // BigInt has no JSON form
      await expect(store.appendToStream('s', [anEvent(), unstorable, anEvent()], { expectedRevision: 0 })).rejects.toThrow();
      expect(await store.readStream('s')).toHaveLength(1);
      expect(await store.readAll()).toHaveLength(1);
    });

    it('writes none of a conflicting multi-event append', async () => {
      const { store } = current();
      await store.appendToStream('s', events(1), { expectedRevision: 'no_stream' });
      await conflictOf(store.appendToStream('s', events(3), { expectedRevision: 'no_stream' }));
      expect(await store.readAll()).toHaveLength(1);
    });
  });
}
