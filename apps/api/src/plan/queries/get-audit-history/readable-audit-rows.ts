import { LRUCache } from 'lru-cache';
import {
  auditHistoryProjection,
  auditNameBook,
  auditNamingQueries,
  readableAuditRow,
  type AuditNameBook,
  type AuditRow,
  type DocumentQuery,
  type ReadableAuditRow,
  type ReadModelStore,
} from '@samverkan/read-models';

interface KeptBook {
  /** How many naming rows each of the book's queries matched when it was made. */
  readonly totals: readonly number[];
  readonly book: AuditNameBook;
}

/**
 * The rows with names for their ids. The names come from the audit history itself: the rows of
 * the events that gave them (the registration names the parties, MeasurePlanned the measure's
 * activity …), so a measure removed since, or renamed since, is named as it was at the row's time.
 * Shared by the HTTP query and the CLI export, so both files say the same.
 *
 * An agreement with a long history has thousands of naming rows, and reading them took ten times
 * as long as the page itself, on every page. So the name book of each query is kept, and made
 * again only when its naming rows are no longer the ones it was made from. Audit rows are never
 * changed and only ever added (a rebuild adds the same rows again, in the same order), so the
 * count of matching rows, answered from the index alone, tells whether anything was added.
 */
export class ReadableAuditRows {
  /** By the naming queries' key, the least recently used dropped first. */
  private readonly books: LRUCache<string, KeptBook>;

  constructor(
    private readonly store: Pick<ReadModelStore, 'find'>,
    capacity = 64,
  ) {
    this.books = new LRUCache({ max: capacity });
  }

  async of(agreementId: string, rows: readonly AuditRow[]): Promise<ReadableAuditRow[]> {
    if (rows.length === 0) return [];
    const names = await this.bookFor(auditNamingQueries(agreementId, rows));
    return rows.map((row) => readableAuditRow(row, names));
  }

  private async bookFor(queries: readonly DocumentQuery[]): Promise<AuditNameBook> {
    const key = JSON.stringify(queries);
    const kept = this.books.get(key);
    if (kept && (await this.unchanged(kept, queries))) return kept.book;
    const naming = await Promise.all(queries.map((query) => this.find(query)));
    const made: KeptBook = { totals: naming.map((page) => page.total), book: auditNameBook(naming.flatMap((page) => page.items.map((item) => item.doc))) };
    this.books.set(key, made);
    return made.book;
  }

  /** Whether each query still matches as many naming rows as when the book was made (counted, not read). */
  private async unchanged(kept: KeptBook, queries: readonly DocumentQuery[]): Promise<boolean> {
    const totals = await Promise.all(queries.map(async (query) => (await this.find({ ...query, limit: 0 })).total));
    return totals.every((total, i) => total === kept.totals[i]);
  }

  private find(query: DocumentQuery) {
    return this.store.find<AuditRow>(auditHistoryProjection.name, query);
  }
}
