import { describe, expect, it } from '@jest/globals';
import { annexKindLabel, ANNEX_KIND_OPTIONS, formatBytes, VERSION_STATUS_SV } from './annex-labels';

describe('annex labels', () => {
  it('names every kind of annex in Swedish, in the order offered', () => {
    expect(ANNEX_KIND_OPTIONS.map(([, label]) => label)).toEqual(['Lägesbild', 'Åtgärdsplan', 'Medborgarlöfte']);
    expect(annexKindLabel('citizenPromise')).toBe('Medborgarlöfte');
  });

  it('says where a version stands, for every status the API gives', () => {
    expect(Object.keys(VERSION_STATUS_SV).sort()).toEqual(['awaitingSignatures', 'draft', 'inForce', 'replaced', 'superseded']);
  });

  it('gives a file size in bytes, kilobytes or megabytes, Swedish style', () => {
    expect([formatBytes(512), formatBytes(2048), formatBytes(5.5 * 1024 * 1024)]).toEqual(['512 byte', '2 kB', '5,5 MB']);
  });
});
