import type { DocumentQuery } from '../../read-store.port.js';

export interface DocumentSql {
  /** The page: `SELECT <columns> FROM rm_documents ...` (or rm_log_rows) with ORDER BY and LIMIT/OFFSET. */
  readonly page: string;
  /** How many rows match, ignoring paging. */
  readonly count: string;
  readonly params: readonly (string | number)[];
  readonly pageParams: readonly (string | number)[];
}

export const DOCUMENT_COLUMNS = 'id, agreement_id, focus_area_id, party_id, kind, occurred_at, position, changed_at, doc';

/** The log row columns a query returns, from `r` (rm_log_rows) and the texts joined by LOG_ROW_TEXTS. */
export const LOG_ROW_COLUMNS = 'r.id, r.position, s.value AS stream_id, r.revision, ea.value AS event_agreement_id, p.value AS projection_name';
export const LOG_ROW_TEXTS =
  'JOIN rm_keys s ON s.key = r.stream JOIN rm_keys p ON p.key = r.projection LEFT JOIN rm_keys ea ON ea.key = r.event_agreement';

/** Where a projection's rows are and how their columns are compared with a text. */
interface Layout {
  /** The page's SQL around the filter (`FROM … WHERE …`) and the order. */
  readonly page: (filter: string, order: string) => string;
  readonly from: string;
  /** `column = ?` for a text value, as the layout stores that column. */
  readonly equals: (column: keyof typeof COLUMNS) => string;
  readonly kindIn: (count: number) => string;
  readonly occurredAt: string;
  readonly id: string;
}

/** Each filter's column: in rm_documents by its name, in rm_log_rows by its interned key. */
const COLUMNS = {
  projection: ['projection', 'r.projection'],
  agreementId: ['agreement_id', 'r.agreement'],
  focusAreaId: ['focus_area_id', 'r.focus_area'],
  partyId: ['party_id', 'r.party'],
} as const;

const DOCUMENTS: Layout = {
  page: (filter, order) => `SELECT ${DOCUMENT_COLUMNS} ${filter} ORDER BY ${order} LIMIT ? OFFSET ?`,
  from: 'FROM rm_documents',
  equals: (column) => `${COLUMNS[column][0]} = ?`,
  kindIn: (count) => `kind IN (${placeholders(count)})`,
  occurredAt: 'occurred_at',
  id: 'id',
};

const LOG_ROWS: Layout = {
  // The page's rows are picked from the entries alone; only those are joined with their texts.
  page: (filter, order) => `SELECT ${LOG_ROW_COLUMNS} FROM (SELECT r.rowid AS picked ${filter} ORDER BY ${order} LIMIT ? OFFSET ?) page
    JOIN rm_log_rows r ON r.rowid = page.picked ${LOG_ROW_TEXTS} ORDER BY ${order}`,
  from: 'FROM rm_log_rows r',
  equals: (column) => `${COLUMNS[column][1]} = (SELECT key FROM rm_keys WHERE value = ?)`,
  kindIn: (count) => `r.kind IN (SELECT key FROM rm_keys WHERE value IN (${placeholders(count)}))`,
  occurredAt: 'r.occurred_at',
  id: 'r.id',
};

const placeholders = (count: number): string => Array.from({ length: count }, () => '?').join(', ');

/**
 * Turns a query into SQL over the indexed columns. Every value is a bound parameter; only the
 * column names and the direction, both from this fixed list, are spliced into the text.
 */
export function documentSql(projection: string, query: DocumentQuery): DocumentSql {
  return querySql(DOCUMENTS, projection, query);
}

/** The same query over an insert-only projection's log rows (rm_log_rows), which a store reads back from the log. */
export function logRowSql(projection: string, query: DocumentQuery): DocumentSql {
  return querySql(LOG_ROWS, projection, query);
}

function querySql(layout: Layout, projection: string, query: DocumentQuery): DocumentSql {
  const where = [layout.equals('projection')];
  const params: (string | number)[] = [projection];
  const equal = (column: keyof typeof COLUMNS, value: string | undefined): void => {
    if (value === undefined) return;
    where.push(layout.equals(column));
    params.push(value);
  };
  equal('agreementId', query.agreementId);
  equal('focusAreaId', query.focusAreaId);
  equal('partyId', query.partyId);
  if (query.kinds !== undefined) {
    // An empty list matches nothing, as "any of no kinds" should.
    where.push(query.kinds.length === 0 ? '0' : layout.kindIn(query.kinds.length));
    params.push(...query.kinds);
  }
  if (query.occurredFrom !== undefined) {
    where.push(`${layout.occurredAt} >= ?`);
    params.push(query.occurredFrom);
  }
  if (query.occurredTo !== undefined) {
    where.push(`${layout.occurredAt} <= ?`);
    params.push(query.occurredTo);
  }
  const direction = query.order === 'desc' ? 'DESC' : 'ASC';
  const filter = `${layout.from} WHERE ${where.join(' AND ')}`;
  return {
    page: layout.page(filter, `${layout.occurredAt} ${direction}, ${layout.id} ${direction}`),
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
