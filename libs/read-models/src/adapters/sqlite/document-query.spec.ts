import { describe, expect, it } from '@jest/globals';
import { documentSql } from './document-query.js';

describe('documentSql', () => {
  it('filters by projection alone when the query is empty, oldest first, unpaged', () => {
    const sql = documentSql('board', {});
    expect(sql.page).toContain('WHERE projection = ? ORDER BY occurred_at ASC, id ASC LIMIT ? OFFSET ?');
    expect(sql.pageParams).toEqual(['board', -1, 0]);
    expect(sql.count).toBe('SELECT COUNT(*) AS total FROM rm_documents WHERE projection = ?');
  });

  it('binds every filter as a parameter, never as text', () => {
    const sql = documentSql('audit', {
      agreementId: "a'; DROP TABLE rm_documents; --",
      focusAreaId: 'f1',
      partyId: 'p1',
      kinds: ['A', 'B'],
      occurredFrom: '2025-01-01T00:00:00.000Z',
      occurredTo: '2025-12-31T23:59:59.999Z',
    });
    expect(sql.page).not.toContain('DROP');
    expect(sql.page).toContain('agreement_id = ? AND focus_area_id = ? AND party_id = ? AND kind IN (?, ?) AND occurred_at >= ? AND occurred_at <= ?');
    expect(sql.params).toEqual(['audit', "a'; DROP TABLE rm_documents; --", 'f1', 'p1', 'A', 'B', '2025-01-01T00:00:00.000Z', '2025-12-31T23:59:59.999Z']);
  });

  it('matches nothing for an empty list of kinds', () => {
    expect(documentSql('audit', { kinds: [] }).count).toContain('AND 0');
  });

  it('orders newest first on request and pages with limit and offset', () => {
    const sql = documentSql('audit', { order: 'desc', limit: 10, offset: 20 });
    expect(sql.page).toContain('ORDER BY occurred_at DESC, id DESC');
    expect(sql.pageParams.slice(-2)).toEqual([10, 20]);
  });

  it('refuses a negative or fractional page', () => {
    expect(() => documentSql('audit', { limit: -1 })).toThrow(RangeError);
    expect(() => documentSql('audit', { offset: 1.5 })).toThrow(RangeError);
  });
});
