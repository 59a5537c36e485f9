import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  canonicalEventBytes,
  canonicalEventBytesFromJson,
  canonicalJson,
  chainHash,
  GENESIS_HASH,
  GENESIS_LINK,
  verifyChain,
  type ChainRow,
} from './hash-chain.js';

/** A valid chain of `count` rows across two streams, hashed through the definition path. */
function buildChain(count: number): ChainRow[] {
  const rows: ChainRow[] = [];
  let prevHash = GENESIS_HASH;
  for (let i = 0; i < count; i += 1) {
    const data = { n: i, note: i % 3 === 0 ? 'å' : null };
    const metadata = { actorId: `user-${i % 2}`, occurredAt: '2025-03-01T09:00:00.000Z' };
    const fields = {
      position: String(i + 1),
      streamId: `s-${i % 2}`,
      revision: Math.floor(i / 2),
      eventId: `e-${i}`,
      type: 'Recorded',
      schemaVersion: 1,
    };
    const hash = chainHash(prevHash, canonicalEventBytes({ ...fields, data, metadata }));
    rows.push({ ...fields, dataJson: canonicalJson(data), metadataJson: canonicalJson(metadata), prevHash, hash });
    prevHash = hash;
  }
  return rows;
}

const replace = (rows: ChainRow[], index: number, row: ChainRow) => rows.map((r, i) => (i === index ? row : r));

describe('canonical event bytes', () => {
  const event = {
    position: '1',
    streamId: 'agreement-1',
    revision: 0,
    eventId: 'e-1',
    type: 'AgreementDrafted',
    schemaVersion: 1,
    data: { title: 'Trygg skolvag', b: [1, 2.5, null, true] },
    metadata: { occurredAt: '2025-03-01T09:00:00.000Z', actorId: 'u1' },
  };

  it('are RFC 8785 JSON: sorted keys, no whitespace, the position as a string', () => {
    expect(canonicalEventBytes(event)).toBe(
      '{"data":{"b":[1,2.5,null,true],"title":"Trygg skolvag"},"eventId":"e-1",' +
        '"metadata":{"actorId":"u1","occurredAt":"2025-03-01T09:00:00.000Z"},' +
        '"position":"1","revision":0,"schemaVersion":1,"streamId":"agreement-1","type":"AgreementDrafted"}',
    );
  });

  it('hash to sha256(prevHash + bytes), pinned by a value computed outside this code (Python hashlib)', () => {
    expect(chainHash(GENESIS_HASH, canonicalEventBytes(event))).toBe('24e4162b868d1f6b185826b65011e5863506b75a39cb346fa68131b7aab6e6ee');
  });

  it('are the same whether built from values or from canonical JSON text', () => {
    const fields = fc.record({
      position: fc.nat().map(String),
      streamId: fc.string(),
      revision: fc.nat(),
      eventId: fc.string(),
      type: fc.string(),
      schemaVersion: fc.nat(),
      data: fc.jsonValue(),
      metadata: fc.jsonValue(),
    });
    fc.assert(
      fc.property(fields, ({ data, metadata, ...rest }) => {
        const fromJson = { ...rest, dataJson: canonicalJson(data), metadataJson: canonicalJson(metadata) };
        expect(canonicalEventBytesFromJson(fromJson)).toBe(canonicalEventBytes({ ...rest, data, metadata }));
      }),
    );
  });

  it('refuse values JSON cannot hold', () => {
    expect(() => canonicalJson(undefined)).toThrow(TypeError);
    expect(() => canonicalJson({ amount: 1n })).toThrow();
  });
});

describe('verifyChain', () => {
  it('accepts an intact chain and reports its head', () => {
    const rows = buildChain(5);
    expect(verifyChain(rows)).toEqual({ ok: true, checked: 5, last: { position: '5', hash: rows[4]!.hash } });
  });

  it('accepts an empty log at the genesis', () => {
    expect(verifyChain([])).toEqual({ ok: true, checked: 0, last: GENESIS_LINK });
  });

  it('gives the same answer in batches as in one pass', () => {
    const rows = buildChain(7);
    const first = verifyChain(rows.slice(0, 3));
    if (!first.ok) throw new Error('first batch should verify');
    expect(verifyChain(rows.slice(3), first.last)).toEqual({ ok: true, checked: 4, last: { position: '7', hash: rows[6]!.hash } });
    const tampered = replace(rows, 5, { ...rows[5]!, type: 'Forged' });
    expect(verifyChain(tampered.slice(3), first.last)).toMatchObject({ ok: false, firstBrokenPosition: '6' });
  });

  it('finds any edit to any protected field of any row', () => {
    const rows = buildChain(6);
    const edits: Array<(row: ChainRow) => ChainRow> = [
      (row) => ({ ...row, streamId: `${row.streamId}x` }),
      (row) => ({ ...row, revision: row.revision + 1 }),
      (row) => ({ ...row, eventId: 'forged' }),
      (row) => ({ ...row, type: 'Forged' }),
      (row) => ({ ...row, schemaVersion: 2 }),
      (row) => ({ ...row, dataJson: '{"n":-1}' }),
      (row) => ({ ...row, metadataJson: '{"actorId":"someone-else"}' }),
    ];
    fc.assert(
      fc.property(fc.nat(rows.length - 1), fc.nat(edits.length - 1), (index, edit) => {
        expect(verifyChain(replace(rows, index, edits[edit]!(rows[index]!)))).toEqual({
          ok: false,
          checked: index,
          firstBrokenPosition: String(index + 1),
          reason: 'hash-mismatch',
        });
      }),
    );
  });

  it('names the missing position of a deleted row', () => {
    const rows = buildChain(5);
    expect(verifyChain([...rows.slice(0, 2), ...rows.slice(3)])).toEqual({
      ok: false,
      checked: 2,
      firstBrokenPosition: '3',
      reason: 'position-gap',
    });
  });

  it('finds two rows whose contents were swapped', () => {
    const rows = buildChain(5);
    const swapped = rows.map((row, i) => (i === 1 ? { ...rows[3]!, position: '2' } : i === 3 ? { ...rows[1]!, position: '4' } : row));
    expect(verifyChain(swapped)).toMatchObject({ ok: false, firstBrokenPosition: '2', reason: 'previous-hash-mismatch' });
  });

  it('finds an edit whose hash was recomputed, at the next row', () => {
    const rows = buildChain(4);
    const { prevHash, hash: _old, dataJson: _data, ...fields } = rows[1]!;
    const dataJson = '{"n":100}';
    const hash = chainHash(prevHash, canonicalEventBytesFromJson({ ...fields, dataJson }));
    expect(verifyChain(replace(rows, 1, { ...rows[1]!, dataJson, hash }))).toEqual({
      ok: false,
      checked: 2,
      firstBrokenPosition: '3',
      reason: 'previous-hash-mismatch',
    });
  });

  it('refuses a first row that does not start from the genesis hash', () => {
    const rows = buildChain(2);
    expect(verifyChain([{ ...rows[0]!, prevHash: 'f'.repeat(64) }])).toMatchObject({
      ok: false,
      firstBrokenPosition: '1',
      reason: 'previous-hash-mismatch',
    });
  });

  it('accepts JSON text that was re-formatted without changing its values', () => {
    const rows = buildChain(3);
    const reformatted = { ...rows[1]!, dataJson: JSON.stringify(JSON.parse(rows[1]!.dataJson), null, 2) };
    expect(reformatted.dataJson).not.toBe(rows[1]!.dataJson);
    expect(verifyChain(replace(rows, 1, reformatted))).toMatchObject({ ok: true, checked: 3 });
  });

  it('reports unparseable JSON as a hash mismatch rather than failing', () => {
    const rows = buildChain(3);
    expect(verifyChain(replace(rows, 2, { ...rows[2]!, dataJson: '{not json' }))).toMatchObject({
      ok: false,
      firstBrokenPosition: '3',
      reason: 'hash-mismatch',
    });
  });
});
