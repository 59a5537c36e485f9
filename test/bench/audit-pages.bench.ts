import { auditHistoryProjection, type AuditRow, type ReadModelStore } from '@samverkan/read-models';
import { ReadableAuditRows } from '../../apps/api/src/plan/queries/get-audit-history/readable-audit-rows.js';
import type { BenchResult } from './bench-result.js';
import { percentile } from './stats.js';

const PAGE_SIZE = 50;
const PAGES = 3;

/**
 * An auditor paging through an agreement's history, newest first, as the audit query does it:
 * the page, then names for its ids (kept between pages). Baseline: the same page without names.
 * The first page of each agreement reads its naming rows; the later pages find its name book kept.
 */
export async function benchAuditPages(readStore: ReadModelStore, agreements: readonly string[], events: number): Promise<BenchResult> {
  const readable = new ReadableAuditRows(readStore);
  const bare: number[] = [];
  const named: number[] = [];
  const firstPages: number[] = [];
  for (const agreementId of agreements) {
    for (let page = 0; page < PAGES; page += 1) {
      const query = { agreementId, order: 'desc' as const, limit: PAGE_SIZE, offset: page * PAGE_SIZE };
      const timeBare = async () => {
        const t = performance.now();
        await readStore.find<AuditRow>(auditHistoryProjection.name, query);
        return performance.now() - t;
      };
      const timeNamed = async () => {
        const t = performance.now();
        const rows = await readStore.find<AuditRow>(auditHistoryProjection.name, query);
        await readable.of(
          agreementId,
          rows.items.map((item) => item.doc),
        );
        return performance.now() - t;
      };
      // Alternate which goes first, so neither always finds the pages the other warmed.
      const first = page % 2 === 0 ? await timeBare() : await timeNamed();
      const second = page % 2 === 0 ? await timeNamed() : await timeBare();
      const [bareMs, namedMs] = page % 2 === 0 ? [first, second] : [second, first];
      if (page === 0) firstPages.push(namedMs);
      else {
        bare.push(bareMs);
        named.push(namedMs);
      }
    }
  }
  const baseline = percentile(bare, 50);
  const subject = percentile(named, 50);
  return {
    name: `audit history page with names, pages 2–${PAGES} of an agreement, ${events} events`,
    unit: 'ms',
    baseline: { label: `find('audit-history', { agreementId, desc, limit ${PAGE_SIZE} }) (median)`, value: baseline },
    subject: { label: 'the same page + ReadableAuditRows.of (names, book kept between pages) (median)', value: subject },
    ratio: subject / baseline,
    extra: {
      agreements: agreements.length,
      'named p99 ms': percentile(named, 99),
      'first page with names, median ms (reads the naming rows)': percentile(firstPages, 50),
    },
  };
}
