import { describe, expect, it } from '@jest/globals';
import { decodeSnapshotDoc, encodeSnapshotDoc } from './snapshot-codec.js';

const card = {
  focusAreaId: 'f1',
  title: 'Trygghet i centrum',
  work: Array.from({ length: 12 }, (_, i) => ({ measureId: `m${i}`, title: `Åtgärd ${i}`, status: 'ongoing', owner: 'police' })),
};

describe('snapshot documents as stored', () => {
  it('come back as they went in', () => {
    expect(decodeSnapshotDoc(encodeSnapshotDoc(card))).toEqual(card);
  });

  it('take less room than their JSON', () => {
    expect(encodeSnapshotDoc(card)!.length).toBeLessThan(JSON.stringify(card).length / 2);
  });

  it('stand for a deletion as null', () => {
    expect(encodeSnapshotDoc(undefined)).toBeNull();
    expect(decodeSnapshotDoc(null)).toBeUndefined();
  });

  it('are still read as text from a store made before they were deflated', () => {
    expect(decodeSnapshotDoc(JSON.stringify(card))).toEqual(card);
  });
});
