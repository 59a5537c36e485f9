import { describe, expect, it } from '@jest/globals';
import { DuplicateEventIdError, GENESIS_LINK, type Position, verifyChain, WrongExpectedRevisionError } from '@samverkan/event-store';
import { events } from '@samverkan/event-store/testing';
import { serialise } from '../serialised-event.js';
import { type BatchItem, type LogState, planBatch } from './postgres-batch.js';

const empty: LogState = { head: GENESIS_LINK, revisions: new Map(), storedIds: [] };
const item = (streamId: string, count: number, expected: BatchItem['expected'], label = streamId): BatchItem => ({
  streamId,
  events: events(count, label).map(serialise),
  expected,
});
const outcomeKinds = (plan: ReturnType<typeof planBatch>) => plan.outcomes.map((outcome) => ('ok' in outcome ? 'ok' : (outcome.error as Error).name));

describe('planning a batch of appends', () => {
  it('judges each append after the ones before it in the same batch', () => {
    const plan = planBatch([item('s', 2, 'no_stream'), item('s', 1, 'no_stream'), item('s', 1, 1)], empty);
    expect(outcomeKinds(plan)).toEqual(['ok', 'WrongExpectedRevisionError', 'ok']);
    expect(plan.outcomes[0]).toEqual({ ok: { nextExpectedRevision: 1, position: '2' } });
    expect(plan.outcomes[2]).toEqual({ ok: { nextExpectedRevision: 2, position: '3' } });
    expect((plan.outcomes[1] as { error: WrongExpectedRevisionError }).error).toMatchObject({ expected: 'no_stream', actual: 1 });
    expect(plan.rows.revision).toEqual([0, 1, 2]);
  });

  it('gives a refused append no rows, and chains the accepted ones across it', () => {
    const plan = planBatch([item('a', 1, 'no_stream'), item('b', 2, 0), item('c', 1, 'any')], empty);
    expect(outcomeKinds(plan)).toEqual(['ok', 'WrongExpectedRevisionError', 'ok']);
    expect(plan.rows.streamId).toEqual(['a', 'c']);
    const rows = plan.rows.position.map((position, i) => ({
      position,
      streamId: plan.rows.streamId[i]!,
      revision: plan.rows.revision[i]!,
      eventId: plan.rows.eventId[i]!,
      type: plan.rows.type[i]!,
      schemaVersion: plan.rows.schemaVersion[i]!,
      dataJson: plan.rows.data[i]!,
      metadataJson: plan.rows.metadata[i]!,
      prevHash: plan.rows.prevHash[i]!,
      hash: plan.rows.hash[i]!,
    }));
    expect(verifyChain(rows)).toEqual({ ok: true, checked: 2, last: plan.head });
  });

  it('continues the chain from the head it read, and from the stream revisions it read', () => {
    const head = { position: '41', hash: 'f'.repeat(64) };
    const plan = planBatch([item('s', 1, 6)], { head, revisions: new Map([['s', 6]]), storedIds: [] });
    expect(plan.rows.prevHash).toEqual([head.hash]);
    expect(plan.rows.position).toEqual(['42']);
    expect(plan.outcomes).toEqual([{ ok: { nextExpectedRevision: 7, position: '42' } }]);
  });

  it('answers a retry of an append in the same batch as the first was answered, writing it once', () => {
    const first = item('s', 2, 'no_stream');
    const plan = planBatch([first, first], empty);
    expect(plan.outcomes[1]).toEqual(plan.outcomes[0]);
    expect(plan.rows.position).toEqual(['1', '2']);
  });

  it('refuses reuse of an id stored before the batch', () => {
    const taken = item('a', 1, 'no_stream');
    const storedIds = [{ eventId: taken.events[0]!.eventId, streamId: 'a', revision: 0, position: '1' as Position }];
    const plan = planBatch([{ ...taken, streamId: 'b' }], { head: { position: '1', hash: 'e'.repeat(64) }, revisions: new Map(), storedIds });
    expect((plan.outcomes[0] as { error: unknown }).error).toBeInstanceOf(DuplicateEventIdError);
    expect(plan.rows.position).toEqual([]);
    expect(plan.head).toEqual({ position: '1', hash: 'e'.repeat(64) });
  });

  it('answers an empty append with the stream revision and the head, writing nothing', () => {
    const plan = planBatch([item('s', 0, 'any')], { head: { position: '9', hash: 'd'.repeat(64) }, revisions: new Map([['s', 3]]), storedIds: [] });
    expect(plan.outcomes).toEqual([{ ok: { nextExpectedRevision: 3, position: '9' } }]);
    expect(plan.rows.position).toEqual([]);
  });
});
