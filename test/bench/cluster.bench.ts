import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-accounts-file.js';
import { type Cluster, clusterStores, startCluster } from '../support/cluster.js';
import type { BenchResult } from './bench-result.js';
import { type HttpRun, load } from './http-approve.bench.js';
import { prepareProposals } from './prepare-proposals.js';

type Durability = 'full' | 'fast-may-lose-recent-commits-on-power-loss';

export interface ClusterRun {
  readonly instances: number;
  readonly durability: Durability;
  /** The whole machine over the run (every process, other work on it included): cores busy and cores waiting on I/O. */
  readonly machine: { readonly busy: number; readonly iowait: number };
  readonly run: HttpRun;
  /** CPU seconds each process spent during the measured run, by name (instance-1, nginx worker, load generator). */
  readonly cpu: Readonly<Record<string, number>>;
  readonly seconds: number;
}

const CLOCK_TICKS = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim());

/** utime + stime of a process, in seconds (/proc/<pid>/stat fields 14 and 15). */
/** CPU seconds (user + system) of a process so far; 0 for one that has ended (a database backend may). */
const cpuOf = (pid: number): number => {
  if (!existsSync(`/proc/${pid}/stat`)) return 0;
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS;
};

/** The machine's CPU time so far, from /proc/stat's first line (in clock ticks): busy and waiting on I/O. */
const machineTicks = (): { busy: number; iowait: number } => {
  const [user, nice, system, , iowait, irq, softirq, steal] = readFileSync('/proc/stat', 'utf8').split('\n')[0]!.trim().split(/\s+/).slice(1).map(Number);
  return { busy: user! + nice! + system! + irq! + softirq! + steal!, iowait: iowait! };
};

const signIn = async (cluster: Cluster, username: string): Promise<string> => {
  const res = await fetch(`${cluster.apiUrl}/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
};

const approvals = (ids: readonly string[]) => ids.map((id) => `/api/focus-areas/${id}/proposals/p-${id.slice(6)}/approvals`);

/**
 * One cluster of `instances` on a fresh shared log holding `requests` + 50 pending proposals:
 * warmed on 50, then `requests` approvals by `connections` clients through nginx, each a fresh
 * proposal, with the CPU time of every process read from /proc before and after.
 */
const measure = async (
  engine: 'postgres' | 'sqlite',
  instances: number,
  durability: Durability,
  requests: number,
  connections: number,
): Promise<ClusterRun> => {
  const stores = await clusterStores({ engine, durable: true });
  const scratch = mkdtempSync(join(tmpdir(), 'samverkan-bench-cluster-'));
  try {
    const { focusAreaIds } = await prepareProposals(scratch, requests + 50, stores.eventStoreUrl);
    // A JSON log line per request, as in production, written to a file.
    const cluster = await startCluster({ instances, stores, env: { SEED_DIR: 'none', LOG_LEVEL: 'log', STORE_DURABILITY: durability } });
    try {
      const auth = { authorization: `Bearer ${await signIn(cluster, 'lomma.rad.kommun')}` };
      await load(cluster.origin, 4, approvals(focusAreaIds.slice(requests)), auth);
      const processes = [...cluster.processes(), ...(stores.processes?.() ?? [])];
      const before = processes.map((p) => cpuOf(p.pid));
      const self = process.cpuUsage();
      const machineBefore = machineTicks();
      const started = performance.now();
      const run = await load(cluster.origin, connections, approvals(focusAreaIds.slice(0, requests)), auth);
      const seconds = (performance.now() - started) / 1000;
      const machineAfter = machineTicks();
      const machine = {
        busy: (machineAfter.busy - machineBefore.busy) / CLOCK_TICKS / seconds,
        iowait: (machineAfter.iowait - machineBefore.iowait) / CLOCK_TICKS / seconds,
      };
      const cpu: Record<string, number> = {};
      processes.forEach((p, i) => (cpu[p.name] = (cpu[p.name] ?? 0) + Math.max(0, cpuOf(p.pid) - before[i]!)));
      const used = process.cpuUsage(self);
      cpu['load generator (autocannon)'] = (used.user + used.system) / 1e6;
      return { instances, durability, machine, run, cpu, seconds };
    } finally {
      await cluster.stop();
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
};

/** A process committing one row per transaction (BEGIN IMMEDIATE; INSERT; COMMIT; synchronous=FULL) for `ms`; prints its count. */
const WRITER = `
const Database = require('better-sqlite3');
const [file, ms] = process.argv.slice(1);
const db = new Database(file);
db.pragma('busy_timeout = 5000');
db.pragma('journal_mode = WAL');
db.pragma('synchronous = FULL');
const insert = db.prepare('INSERT INTO t (body) VALUES (?)');
const commit = db.transaction(() => insert.run('{}'));
const until = Date.now() + Number(ms);
let n = 0;
while (Date.now() < until) { commit.immediate(); n++; }
process.stdout.write(String(n));
`;

/**
 * The shared SQLite log's ceiling without the app: durable one-row commits per second into one
 * file from `processes` processes at once, each waiting for the one write lock in SQLite's busy
 * handler (which sleeps 1 to 100 ms between tries rather than queueing).
 */
const rawCommits = async (processes: number, ms = 2000): Promise<{ perSecond: number; fewest: number; most: number }> => {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-bench-lock-'));
  try {
    const file = join(dir, 'lock.sqlite');
    execFileSync(process.execPath, [
      '-e',
      `const D=require('better-sqlite3');const d=new D(process.argv[1]);d.pragma('journal_mode = WAL');d.exec('CREATE TABLE t (id INTEGER PRIMARY KEY, body TEXT)');`,
      file,
    ]);
    const counts = await Promise.all(
      Array.from(
        { length: processes },
        () =>
          new Promise<number>((resolve, reject) =>
            execFile(process.execPath, ['-e', WRITER, file, String(ms)], (error, stdout) => (error ? reject(error) : resolve(Number(stdout)))),
          ),
      ),
    );
    return { perSecond: counts.reduce((a, b) => a + b, 0) / (ms / 1000), fewest: Math.min(...counts), most: Math.max(...counts) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
};

const plural = (n: number) => `${n} instance${n > 1 ? 's' : ''}`;

const details = (r: ClusterRun): Record<string, number> => {
  const instanceCpu = Object.entries(r.cpu)
    .filter(([name]) => name.startsWith('instance-'))
    .reduce((sum, [, s]) => sum + s, 0);
  const ours = Object.values(r.cpu).reduce((sum, s) => sum + s, 0);
  return {
    'p50 ms': r.run.p50,
    'p99 ms': r.run.p99,
    'non-2xx': r.run.errors,
    'cores busy, this benchmark (of 2)': ours / r.seconds,
    'cores busy, whole machine (of 2)': r.machine.busy,
    'cores waiting on I/O, whole machine': r.machine.iowait,
    'instance CPU ms per approval (all instances)': (1000 * instanceCpu) / (r.run.requests - r.run.errors),
    ...Object.fromEntries(Object.entries(r.cpu).map(([name, s]) => [`CPU % ${name}`, (100 * s) / r.seconds])),
  };
};

/**
 * Approvals per second through nginx with 1, 2 and 3 instances on one shared, durable PostgreSQL log, each against the single instance of the same run, with where the CPU went:
 * which process, how many of the machine's two cores were busy (ours, and everything on it), and
 * the CPU per approval summed over every instance (each instance also projects the others'
 * events into its own read models). Then 1 and 3 instances sharing one SQLite file instead (the
 * embedded store allows several processes on one machine), and that file's write lock without the
 * app: how the embedded store shares out among processes.
 * `BENCH_ONLY=cluster npm run bench`; BENCH_CLUSTER_REQUESTS approvals per run (default 2000).
 */
export const benchCluster = async (options: { requests: number; connections: number }): Promise<BenchResult[]> => {
  const durable: ClusterRun[] = [];
  for (const n of [1, 2, 3]) durable.push(await measure('postgres', n, 'full', options.requests, options.connections));
  const sqlite: ClusterRun[] = [];
  for (const n of [1, 3]) sqlite.push(await measure('sqlite', n, 'full', options.requests, options.connections));
  const [oneWriter, threeWriters] = [await rawCommits(1), await rawCommits(3)];
  const single = durable[0]!;
  return [
    ...durable.map((r) => ({
      name: `approve through nginx, ${plural(r.instances)} on one shared PostgreSQL log (durable), ${options.connections} clients`,
      unit: 'req/s',
      baseline: { label: '1 instance behind the same nginx', value: single.run.throughput },
      subject: { label: plural(r.instances), value: r.run.throughput },
      ratio: r.run.throughput / single.run.throughput,
      target: 'none (the bottleneck is named)',
      extra: details(r),
    })),
    {
      name: 'the shared SQLite log without the app: durable one-row commits per second, 3 processes against 1',
      unit: 'commits/s',
      baseline: { label: '1 process', value: oneWriter.perSecond },
      subject: { label: '3 processes on the same file', value: threeWriters.perSecond },
      ratio: threeWriters.perSecond / oneWriter.perSecond,
      target: 'none (evidence for the bottleneck)',
      // How fairly the lock was shared: a waiting process sleeps while the holder takes it again.
      extra: { 'commits of the process that made the fewest': threeWriters.fewest, 'commits of the process that made the most': threeWriters.most },
    },
    ...sqlite.map((r) => {
      const same = durable.find((d) => d.instances === r.instances)!;
      return {
        name: `approve through nginx, ${plural(r.instances)} sharing one SQLite file instead (the embedded store, durable), ${options.connections} clients`,
        unit: 'req/s',
        baseline: { label: `${plural(r.instances)} on PostgreSQL`, value: same.run.throughput },
        subject: { label: `${plural(r.instances)} on one SQLite file`, value: r.run.throughput },
        ratio: r.run.throughput / same.run.throughput,
        target: 'none (evidence for the bottleneck)',
        extra: details(r),
      };
    }),
  ];
};
