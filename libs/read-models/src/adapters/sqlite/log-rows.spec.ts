import { describe, expect, it } from '@jest/globals';
import { READ_THROUGH_GAP, readRuns } from './log-rows.js';

const rows = (...entries: [string, number][]) => entries.map(([stream_id, revision]) => ({ stream_id, revision }));

describe('readRuns: which requests read a page of log rows back', () => {
  it('reads neighbouring revisions of a stream in one request, from the first to the last', () => {
    expect(readRuns(rows(['s', 4], ['s', 2], ['s', 3], ['s', 2]))).toEqual([{ streamId: 's', from: 2, to: 4 }]);
  });

  it(`reads through a gap of up to ${READ_THROUGH_GAP} revisions, and splits at a wider one`, () => {
    expect(readRuns(rows(['s', 0], ['s', READ_THROUGH_GAP]))).toEqual([{ streamId: 's', from: 0, to: READ_THROUGH_GAP }]);
    expect(readRuns(rows(['s', 0], ['s', READ_THROUGH_GAP + 1]))).toEqual([
      { streamId: 's', from: 0, to: 0 },
      { streamId: 's', from: READ_THROUGH_GAP + 1, to: READ_THROUGH_GAP + 1 },
    ]);
  });

  it('reads each stream apart, however close their revisions', () => {
    expect(readRuns(rows(['a', 1], ['b', 1], ['a', 2]))).toEqual([
      { streamId: 'a', from: 1, to: 2 },
      { streamId: 'b', from: 1, to: 1 },
    ]);
  });

  it('asks nothing for no rows', () => {
    expect(readRuns([])).toEqual([]);
  });
});
