import { describe, expect, it } from '@jest/globals';
import { foldAnnex, type ExistingAnnex } from './state.js';
import { annexCreated, decided, drafted, KOMMUNEN, POLISEN, signed } from './testing/fixtures.js';
import { currentValidVersion, isSuperseded, validFrom } from './validity.js';

const annex = (...events: Parameters<typeof foldAnnex>[0]) => foldAnnex([annexCreated(), ...events]) as ExistingAnnex;
const k = KOMMUNEN.partyId;
const p = POLISEN.partyId;

describe('annex validity', () => {
  it('a draft is not valid', () => {
    expect(validFrom(annex(drafted(1)).versions[0]!)).toBeNull();
  });

  it('a decided version is not valid until every bound party has signed', () => {
    expect(validFrom(annex(drafted(1), decided(1, '2025-03-13'), signed(1, k, '2025-03-20')).versions[0]!)).toBeNull();
  });

  it('is valid from the last signature when it comes after the decision', () => {
    expect(validFrom(annex(drafted(1), decided(1, '2025-03-13'), signed(1, p, '2025-04-01'), signed(1, k, '2025-03-20')).versions[0]!)).toBe('2025-04-01');
  });

  it('is valid from the decision when every party signed on its day', () => {
    expect(validFrom(annex(drafted(1), decided(1, '2025-03-13'), signed(1, k, '2025-03-13'), signed(1, p, '2025-03-13')).versions[0]!)).toBe('2025-03-13');
  });

  it('a newer valid version supersedes the older, whatever day the older became valid', () => {
    const state = annex(
      drafted(1),
      decided(1, '2024-03-01'),
      drafted(2),
      decided(2, '2025-03-01'),
      signed(2, k, '2025-03-02'),
      signed(2, p, '2025-03-02'),
      signed(1, k, '2024-03-01'),
      signed(1, p, '2025-04-01'),
    );
    expect(currentValidVersion(state.versions)?.version).toBe(2);
    expect(isSuperseded(state.versions, 1)).toBe(true);
  });

  it('as of a day, only what was valid then counts', () => {
    const state = annex(
      drafted(1),
      decided(1, '2024-03-01'),
      signed(1, k, '2024-03-01'),
      signed(1, p, '2024-03-02'),
      drafted(2),
      decided(2, '2025-03-01'),
      signed(2, k, '2025-03-02'),
      signed(2, p, '2025-03-05'),
    );
    expect(currentValidVersion(state.versions, '2025-03-04')?.version).toBe(1);
    expect(currentValidVersion(state.versions, '2025-03-05')?.version).toBe(2);
    expect(currentValidVersion(state.versions, '2024-03-01')).toBeUndefined();
  });
});

describe('evolve', () => {
  it('applies a stored event an annex that was never created would refuse, without throwing', () => {
    expect(foldAnnex([drafted(1), decided(1, '2025-01-01')])).toEqual({ status: 'none' });
  });

  it('applies a second signature of a party as stored (rules judge commands, not history)', () => {
    expect(annex(drafted(1), decided(1, '2025-01-01'), signed(1, k, '2025-01-02'), signed(1, k, '2025-01-03')).versions[0]!.signatures).toHaveLength(2);
  });
});
