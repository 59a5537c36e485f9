import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { performance } from 'node:perf_hooks';
import { givenLommaFollowUp } from '../../apps/api/src/public/public-page.testing.js';
import { startTestApp } from '../support/test-app.js';
import type { BenchResult } from './bench-result.js';
import { percentile } from './stats.js';

const timed = async (url: string, headers: Record<string, string> = {}): Promise<{ ms: number; status: number; etag: string | null }> => {
  const start = performance.now();
  const response = await fetch(url, { headers });
  await response.arrayBuffer();
  return { ms: performance.now() - start, status: response.status, etag: response.headers.get('etag') };
};

/**
 * The page for residents against the cheapest route of the same server (GET /api/health), one
 * request at a time, interleaved, so both see the same machine: the page reads three read models
 * and renders HTML; a cache revalidating it (If-None-Match) gets a 304 after the same work.
 */
export const benchPublicPage = async ({ requests }: { requests: number }): Promise<BenchResult> => {
  const t = await startTestApp({ STORE_DURABILITY: 'fast-may-lose-recent-commits-on-power-loss' });
  try {
    await givenLommaFollowUp(t.app.get<EventStore>(EVENT_STORE));
    await t.app.get<ProjectionRunner>(PROJECTION_RUNNER).catchUp();
    const pageUrl = `${t.origin}/offentlig/lomma-2023-2027`;
    const healthUrl = `${t.baseUrl}/health`;
    const first = await timed(pageUrl);
    if (first.status !== 200 || first.etag === null) throw new Error(`the public page answered ${first.status}`);
    const bytes = (await (await fetch(pageUrl)).arrayBuffer()).byteLength;
    for (let i = 0; i < 50; i++) await Promise.all([timed(pageUrl), timed(healthUrl)]);
    const page: number[] = [];
    const health: number[] = [];
    const revalidated: number[] = [];
    for (let i = 0; i < requests; i++) {
      page.push((await timed(pageUrl)).ms);
      health.push((await timed(healthUrl)).ms);
      revalidated.push((await timed(pageUrl, { 'if-none-match': first.etag })).ms);
    }
    const subject = percentile(page, 50);
    const baseline = percentile(health, 50);
    return {
      name: `the page for residents (GET /offentlig/{id}), ${requests} requests one at a time`,
      unit: 'ms (p50)',
      baseline: { label: 'GET /api/health', value: baseline },
      subject: { label: 'GET /offentlig/lomma-2023-2027', value: subject },
      ratio: subject / baseline,
      target: 'none',
      extra: {
        'page p99 ms': percentile(page, 99),
        'revalidation (304) p50 ms': percentile(revalidated, 50),
        'page bytes': bytes,
      },
    };
  } finally {
    await t.close();
  }
};
