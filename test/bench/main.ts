import { mkdirSync, writeFileSync } from 'node:fs';
import { benchAppend } from './append.bench.js';
import type { BenchResult } from './bench-result.js';
import { benchHttpApprove } from './http-approve.bench.js';

/**
 * `npm run bench`: every benchmark runs its baseline side by side in the same run and reports the
 * ratio. Sizes can be lowered for a quick look: BENCH_APPEND_EVENTS, BENCH_HTTP_REQUESTS.
 */
const size = (name: string, fallback: number) => Number(process.env[name] ?? fallback);

const results: BenchResult[] = [];

const append = await benchAppend({ events: size('BENCH_APPEND_EVENTS', 4000) });
results.push(append);

for (const run of await benchHttpApprove([1, 16], size('BENCH_HTTP_REQUESTS', 2000))) {
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
}

const fmt = (n: number) => (n >= 100 ? n.toFixed(0) : n.toFixed(2));
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
