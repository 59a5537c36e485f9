import type { DocumentQuery } from '../../read-store.port.js';

export interface DocumentSql {
  /** The page: `SELECT <columns> FROM rm_documents ...` with ORDER BY and LIMIT/OFFSET. */
  readonly page: string;
  /** How many rows match, ignoring paging. */
  readonly count: string;
  readonly params: readonly (string | number)[];
  readonly pageParams: readonly (string | number)[];
}

export const DOCUMENT_COLUMNS = 'id, agreement_id, focus_area_id, party_id, kind, occurred_at, position, changed_at, doc';

/**
 * Turns a query into SQL over the indexed columns. Every value is a bound parameter; only the
 * column names and the direction, both from this fixed list, are spliced into the text.
 */
export function documentSql(projection: string, query: DocumentQuery): DocumentSql {
  const where = ['projection = ?'];
  const params: (string | number)[] = [projection];
  const equal = (column: string, value: string | undefined): void => {
    if (value === undefined) return;
    where.push(`${column} = ?`);
    params.push(value);
  };
  equal('agreement_id', query.agreementId);
  equal('focus_area_id', query.focusAreaId);
  equal('party_id', query.partyId);
  if (query.kinds !== undefined) {
    // An empty list matches nothing, as "any of no kinds" should.
    where.push(query.kinds.length === 0 ? '0' : `kind IN (${query.kinds.map(() => '?').join(', ')})`);
    params.push(...query.kinds);
  }
  if (query.occurredFrom !== undefined) {
    where.push('occurred_at >= ?');
    params.push(query.occurredFrom);
  }
  if (query.occurredTo !== undefined) {
    where.push('occurred_at <= ?');
    params.push(query.occurredTo);
  }
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const filter = `FROM rm_documents WHERE ${where.join(' AND ')}`;
  return {
    page: `SELECT ${DOCUMENT_COLUMNS} ${filter} ORDER BY occurred_at ${direction}, id ${direction} LIMIT ? OFFSET ?`,
    count: `SELECT COUNT(*) AS total ${filter}`,
    params,
    pageParams: [...params, nonNegative('limit', query.limit, -1), nonNegative('offset', query.offset, 0)],
  };
}

function nonNegative(name: string, value: number | undefined, otherwise: number): number {
  if (value === undefined) return otherwise; // LIMIT -1: no limit in SQLite
  if (!Number.isSafeInteger(value) || value < 0) throw new RangeError(`${name} must be an integer >= 0, got ${value}`);
  return value;
}
