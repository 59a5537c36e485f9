import { describe, expect, it } from '@jest/globals';
import { DuplicateEventIdError, WrongExpectedRevisionError } from '../../errors.js';
import type { EventToAppend, ExpectedRevision } from '../../event-store.port.js';
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

    it('stream_exists appends to an existing stream and refuses a missing one, writing nothing', async () => {
      expect(await conflictOf(append('stream_exists'))).toMatchObject({ streamId: 's', expected: 'stream_exists', actual: 'no_stream' });
      expect(await current().store.readAll()).toEqual([]);
      await append('no_stream', 2);
      expect((await append('stream_exists', 2)).nextExpectedRevision).toBe(3);
    });

    it('an empty append still checks the revision and writes nothing', async () => {
      await append('no_stream', 2);
      await conflictOf(current().store.appendToStream('s', [], { expectedRevision: 0 }));
      const result = await current().store.appendToStream('s', [], { expectedRevision: 1 });
      expect(result.nextExpectedRevision).toBe(1);
      expect(await current().store.readAll()).toHaveLength(2);
    });
  });

  describe('event ids already stored', () => {
    const appendTo = (streamId: string, written: EventToAppend[], expectedRevision: ExpectedRevision) =>
      current().store.appendToStream(streamId, written, { expectedRevision });

    async function duplicateOf(attempt: Promise<unknown>): Promise<DuplicateEventIdError> {
      const error = await attempt.then(
        () => undefined,
        (reason: unknown) => reason,
      );
      expect(error).toBeInstanceOf(DuplicateEventIdError);
      return error as DuplicateEventIdError;
    }

    it.each([['no_stream'], [0], ['stream_exists'], ['any']] as const)(
      'a retry of the same append at %p answers as the first did and writes nothing',
      async (expected) => {
        const { store } = current();
        if (expected !== 'no_stream') await appendTo('s', events(1, 'before'), 'no_stream');
        const written = events(2, 'retried');
        const first = await appendTo('s', written, expected);
        expect(await appendTo('s', written, expected)).toEqual(first);
        expect((await store.readAll()).map((event) => event.eventId).slice(-2)).toEqual(written.map((event) => event.eventId));
        expect(await store.readAll()).toHaveLength(expected === 'no_stream' ? 2 : 3);
      },
    );

    it('a retry answers the first result even after the stream moved on', async () => {
      const written = events(1);
      const first = await appendTo('s', written, 'no_stream');
      await appendTo('s', events(2), 0);
      expect(await appendTo('s', written, 'no_stream')).toEqual(first);
      expect(await current().store.readStream('s')).toHaveLength(3);
    });

    it('an id stored in another stream is refused, naming it, and nothing is written', async () => {
      const taken = anEvent();
      await appendTo('a', [taken], 'no_stream');
      const duplicate = await duplicateOf(appendTo('b', [anEvent(), taken], 'no_stream'));
      expect(duplicate).toMatchObject({ streamId: 'b', eventIds: [taken.eventId] });
      expect(await current().store.readStream('b')).toEqual([]);
      expect(await current().store.readAll()).toHaveLength(1);
    });

    it('a stored id beside new ones is refused whole', async () => {
      const stored = events(2);
      await appendTo('s', stored, 'no_stream');
      await duplicateOf(appendTo('s', [stored[1]!, anEvent()], 1));
      await duplicateOf(appendTo('s', [stored[1]!, anEvent()], 'any'));
      expect(await current().store.readAll()).toHaveLength(2);
    });

    it('the same ids at an expected revision they were not written at are refused', async () => {
      const stored = events(2);
      await appendTo('s', stored, 'no_stream');
      await duplicateOf(appendTo('s', stored, 0));
      await duplicateOf(appendTo('s', [stored[1]!, stored[0]!], 'any'));
      expect(await current().store.readAll()).toHaveLength(2);
    });

    it('one id twice in one append is refused before anything is written', async () => {
      const twice = anEvent();
      expect(await duplicateOf(appendTo('s', [twice, anEvent(), twice], 'no_stream'))).toMatchObject({ eventIds: [twice.eventId] });
      expect(await current().store.readAll()).toEqual([]);
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
