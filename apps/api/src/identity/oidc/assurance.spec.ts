import { describe, expect, it } from '@jest/globals';
import { meetsMinimumAcr } from './assurance.js';

const loa = (n: number) => `http://id.elegnamnden.se/loa/1.0/loa${n}`;

describe('meetsMinimumAcr', () => {
  it('accepts anything when no minimum is configured, even no acr at all', () => {
    expect(meetsMinimumAcr(undefined, undefined)).toBe(true);
    expect(meetsMinimumAcr('1', undefined)).toBe(true);
  });

  it('refuses a missing acr when a minimum is configured', () => {
    expect(meetsMinimumAcr(undefined, loa(3))).toBe(false);
  });

  it('orders Sweden Connect levels: loa3 and loa4 meet loa3, loa2 does not', () => {
    expect(meetsMinimumAcr(loa(3), loa(3))).toBe(true);
    expect(meetsMinimumAcr(loa(4), loa(3))).toBe(true);
    expect(meetsMinimumAcr(loa(2), loa(3))).toBe(false);
  });

  it('matches any other value exactly, since it has no known order', () => {
    expect(meetsMinimumAcr('urn:broker:strong', 'urn:broker:strong')).toBe(true);
    expect(meetsMinimumAcr('urn:broker:stronger', 'urn:broker:strong')).toBe(false);
    expect(meetsMinimumAcr(loa(4), 'urn:broker:strong')).toBe(false);
  });
});
