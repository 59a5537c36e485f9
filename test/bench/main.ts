// First: the demo accounts file that several benchmarks import is a class-validator class, whose decorators need the metadata API.
import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { benchAccounts } from './accounts.bench.js';
import { benchAppend } from './append.bench.js';
import type { BenchResult } from './bench-result.js';
import { benchPostgresAppend } from './postgres-append.bench.js';
import { benchHttpApprove } from './http-approve.bench.js';
import { benchCatchUp, benchPlanAsOf, benchServerMemory } from './projections.bench.js';
import { benchBoardRender, benchWebBundle } from './web.bench.js';
import { benchCluster } from './cluster.bench.js';
import { benchPublicPage } from './public-page.bench.js';

/**
 * `npm run bench`: every benchmark runs its baseline side by side in the same run and reports the
 * ratio. Sizes can be lowered for a quick look: BENCH_APPEND_EVENTS, BENCH_PG_APPEND_EVENTS, BENCH_HTTP_REQUESTS,
 * BENCH_REBUILD_SIZES (comma-separated event counts), BENCH_ASOF_SIZES (comma-separated event counts), BENCH_ASOF_QUERIES,
 * BENCH_MEMORY_EVENTS, BENCH_MEMORY_QUERIES, BENCH_WEB_FOCUS_AREAS, BENCH_WEB_RUNS, BENCH_SNAPSHOT_EVERY,
 * BENCH_ACCOUNTS_OPERATIONS, BENCH_PUBLIC_REQUESTS; BENCH_ONLY picks some of append,http,cluster,rebuild,asof,memory,web,accounts,public (all by default).
 * The read-model benchmarks run on generated stores cached under the OS temp dir (samverkan-bench-stores/), made on first use.
 */
const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);
/** A comma-separated list of event counts. */
const sizes = (name: string, fallback: string) =>
  (process.env[name] ?? fallback)
    .split(',')
    .map(Number)
    .filter((n) => n > 0);
const only = new Set((process.env.BENCH_ONLY ?? 'append,http,cluster,rebuild,asof,memory,web,accounts,public').split(',').map((s) => s.trim()));

const results: BenchResult[] = [];

if (only.has('append')) results.push(await benchAppend({ events: size('BENCH_APPEND_EVENTS', 4000) }));
if (only.has('append')) results.push(...(await benchPostgresAppend({ events: size('BENCH_PG_APPEND_EVENTS', 8000), clients: [1, 16] })));

if (only.has('accounts')) results.push(...(await benchAccounts({ operations: size('BENCH_ACCOUNTS_OPERATIONS', 5000) })));

for (const run of only.has('http') ? await benchHttpApprove([1, 16], size('BENCH_HTTP_REQUESTS', 2000)) : []) {
  results.push({
    name: `approve over HTTP, ${run.connections} concurrent client${run.connections > 1 ? 's' : ''}`,
    unit: 'req/s',
    baseline: { label: 'bare Nest route, one insert', value: run.baseline.throughput },
    subject: { label: 'ApproveTransition command', value: run.subject.throughput },
    ratio: run.ratio,
    target: 'ratio >= 0.5',
    meetsTarget: run.ratio >= 0.5,
    extra: {
      'subject p50 ms': run.subject.p50,
      'subject p99 ms': run.subject.p99,
      'baseline p50 ms': run.baseline.p50,
      'baseline p99 ms': run.baseline.p99,
      'subject non-2xx': run.subject.errors,
      'baseline non-2xx': run.baseline.errors,
    },
  });
  results.push({
    name: `approve over HTTP from the browser (session cookie + CSRF token), ${run.connections} concurrent client${run.connections > 1 ? 's' : ''}`,
    unit: 'req/s',
    baseline: { label: 'bare Nest route, one insert', value: run.baseline.throughput },
    subject: { label: 'ApproveTransition command, cookie session', value: run.session.throughput },
    ratio: run.sessionRatio,
    target: 'ratio >= 0.5',
    meetsTarget: run.sessionRatio >= 0.5,
    extra: {
      'session / bearer': run.session.throughput / run.subject.throughput,
      'subject p50 ms': run.session.p50,
      'subject p99 ms': run.session.p99,
      'subject non-2xx': run.session.errors,
    },
  });
  results.push({
    name: `response headers (helmet) and a JSON log line on a bare route, ${run.connections} concurrent client${run.connections > 1 ? 's' : ''}`,
    unit: 'req/s',
    baseline: { label: 'bare Nest route, one insert', value: run.baseline.throughput },
    subject: { label: 'the same route, helmet + nestjs-pino', value: run.hardened.throughput },
    ratio: run.hardenedRatio,
    target: 'none',
    meetsTarget: true,
    extra: { 'subject p50 ms': run.hardened.p50, 'subject p99 ms': run.hardened.p99, 'subject non-2xx': run.hardened.errors },
  });
}

if (only.has('cluster')) results.push(...(await benchCluster({ requests: size('BENCH_CLUSTER_REQUESTS', 2000), connections: 16 })));

if (only.has('rebuild')) results.push(...(await benchCatchUp({ sizes: sizes('BENCH_REBUILD_SIZES', '10000,100000,1000000') })));

if (only.has('asof')) {
  results.push(...(await benchPlanAsOf({ sizes: sizes('BENCH_ASOF_SIZES', '10000,100000,1000000'), queries: size('BENCH_ASOF_QUERIES', 200) })));
}

if (only.has('memory')) {
  results.push(...(await benchServerMemory({ events: size('BENCH_MEMORY_EVENTS', 1_000_000), queries: size('BENCH_MEMORY_QUERIES', 300) })));
}

if (only.has('web')) {
  results.push(await benchWebBundle());
  results.push(await benchBoardRender({ focusAreas: size('BENCH_WEB_FOCUS_AREAS', 50), runs: size('BENCH_WEB_RUNS', 15) }));
}

if (only.has('public')) results.push(await benchPublicPage({ requests: size('BENCH_PUBLIC_REQUESTS', 500) }));

const fmt = (n: number) => (n >= 100 || Number.isInteger(n) ? n.toFixed(0) : n.toFixed(2));
process.stdout.write('\nSamverkan benchmarks (subject vs baseline, same run)\n\n');
for (const r of results) {
  const verdict = r.meetsTarget === undefined ? '' : r.meetsTarget ? '  ✓ meets' : '  ✗ misses';
  process.stdout.write(`${r.name}\n`);
  process.stdout.write(`  baseline  ${r.baseline.label}: ${fmt(r.baseline.value)} ${r.unit}\n`);
  process.stdout.write(`  subject   ${r.subject.label}: ${fmt(r.subject.value)} ${r.unit}\n`);
  process.stdout.write(`  ratio     ${r.ratio.toFixed(2)}×  (target ${r.target ?? 'none'})${verdict}\n`);
  for (const [k, v] of Object.entries(r.extra ?? {})) process.stdout.write(`  ${k}: ${typeof v === 'number' ? fmt(v) : v}\n`);
  process.stdout.write('\n');
}
mkdirSync('test/artifacts', { recursive: true });
writeFileSync('test/artifacts/bench.json', JSON.stringify(results, null, 2));
process.stdout.write('Written to test/artifacts/bench.json\n');
