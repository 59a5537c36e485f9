import autocannon from 'autocannon';
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareProposals } from './prepare-proposals.js';
import { percentile } from './stats.js';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-accounts-file.js';

export interface HttpRun {
  readonly connections: number;
  readonly requests: number;
  readonly throughput: number;
  readonly p50: number;
  readonly p99: number;
  readonly errors: number;
}

export interface HttpApproveResult {
  readonly connections: number;
  readonly baseline: HttpRun;
  /** The API client's way: a bearer token. */
  readonly subject: HttpRun;
  /** Subject throughput / baseline throughput (target ≥ 0.5). */
  readonly ratio: number;
  /** The browser's way: the session cookie and its CSRF token (a session looked up per request). */
  readonly session: HttpRun;
  /** Session throughput / baseline throughput. */
  readonly sessionRatio: number;
  /** The bare route with helmet's headers and a JSON log line per request. */
  readonly hardened: HttpRun;
  /** Hardened throughput / baseline throughput: what headers and logs cost the cheapest request. */
  readonly hardenedRatio: number;
}

const serverEntry = fileURLToPath(new URL('./http-server.js', import.meta.url));

const startServer = (mode: 'subject' | 'baseline' | 'hardened', dataDir: string) =>
  new Promise<{ child: ChildProcess; port: number }>((resolve, reject) => {
    // The subject logs a JSON line per request, as in production; its stdout goes nowhere.
    const child = fork(serverEntry, [mode, dataDir], { stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
    child.once('message', (m) => resolve({ child, port: (m as { port: number }).port }));
    child.once('exit', (code) => reject(new Error(`${mode} server exited with ${code}`)));
  });

const stop = (child: ChildProcess) =>
  new Promise<void>((resolve) => {
    child.removeAllListeners('exit');
    child.once('exit', () => resolve());
    child.kill('SIGTERM');
  });

/**
 * Runs one POST per path (a fresh proposal each), and reports throughput and latency. autocannon
 * finishes on its one-second ticker and reports whole milliseconds, so the run is timed from its
 * own response events: from the start to the last response, with each response's own latency.
 */
export const load = async (url: string, connections: number, paths: string[], headers: Record<string, string>): Promise<HttpRun> => {
  let next = 0;
  let lastResponse = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url,
        connections,
        amount: paths.length,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', ...headers },
            body: '{}',
            setupRequest: (req) => ({ ...req, path: paths[next++ % paths.length] }),
          },
        ],
      },
      (error, done) => (error ? reject(error) : resolve(done)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => {
      lastResponse = performance.now();
      latencies.push(responseTime);
    });
  });
  latencies.sort((a, b) => a - b);
  const ok = result['2xx'];
  return {
    connections,
    requests: result.requests.total,
    throughput: ok / ((lastResponse - started) / 1000),
    p50: percentile(latencies, 50),
    p99: percentile(latencies, 99),
    errors: result.non2xx + result.errors,
  };
};

const signIn = async (port: number, username: string): Promise<string> => {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  return ((await res.json()) as { accessToken: string }).accessToken;
};

/** The browser's sign-in: the session cookie and the CSRF token its writes must carry. */
const signInToSession = async (port: number, username: string): Promise<Record<string, string>> => {
  const res = await fetch(`http://127.0.0.1:${port}/api/auth/session`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = (res.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
  const { csrfToken } = (await res.json()) as { csrfToken: string };
  return { cookie, 'x-csrf-token': csrfToken };
};

/**
 * The approve command over HTTP (auth, validation, load two streams, fold through the machine,
 * decide, append with the expected revision, hash chain, synchronous=FULL) against a bare Nest route
 * that does one insert with the same durability. Each request approves a different proposal.
 */
export const benchHttpApprove = async (connectionCounts: number[], requestsPerRun: number): Promise<HttpApproveResult[]> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-bench-http-'));
  try {
    const { focusAreaIds } = await prepareProposals(dataDir, 2 * requestsPerRun * connectionCounts.length + 50);
    const subject = await startServer('subject', dataDir);
    const baseline = await startServer('baseline', dataDir);
    const hardened = await startServer('hardened', dataDir);
    try {
      const token = await signIn(subject.port, 'lomma.rad.kommun');
      const auth = { authorization: `Bearer ${token}` };
      const session = await signInToSession(subject.port, 'lomma.rad.kommun');
      const approvals = (ids: string[]) => ids.map((id) => `/api/focus-areas/${id}/proposals/p-${id.slice(6)}/approvals`);
      // Warm both (JIT, statement caches) on proposals not used in the measured runs.
      const warm = focusAreaIds.slice(-50);
      await load(
        `http://127.0.0.1:${subject.port}`,
        4,
        warm.map((id) => `/api/focus-areas/${id}/proposals/p-${id.slice(6)}/approvals`),
        auth,
      );
      for (const bare of [baseline, hardened])
        await load(
          `http://127.0.0.1:${bare.port}`,
          4,
          warm.map((id) => `/bare/${id}`),
          {},
        );
      const results: HttpApproveResult[] = [];
      for (const [run, connections] of connectionCounts.entries()) {
        const ids = focusAreaIds.slice(2 * run * requestsPerRun, (2 * run + 1) * requestsPerRun);
        const sessionIds = focusAreaIds.slice((2 * run + 1) * requestsPerRun, (2 * run + 2) * requestsPerRun);
        const base = await load(
          `http://127.0.0.1:${baseline.port}`,
          connections,
          ids.map((id) => `/bare/${id}`),
          {},
        );
        const subj = await load(
          `http://127.0.0.1:${subject.port}`,
          connections,
          ids.map((id) => `/api/focus-areas/${id}/proposals/p-${id.slice(6)}/approvals`),
          auth,
        );
        const hard = await load(
          `http://127.0.0.1:${hardened.port}`,
          connections,
          ids.map((id) => `/bare/${id}`),
          {},
        );
        const viaSession = await load(`http://127.0.0.1:${subject.port}`, connections, approvals(sessionIds), session);
        results.push({
          connections,
          baseline: base,
          subject: subj,
          ratio: subj.throughput / base.throughput,
          session: viaSession,
          sessionRatio: viaSession.throughput / base.throughput,
          hardened: hard,
          hardenedRatio: hard.throughput / base.throughput,
        });
      }
      return results;
    } finally {
      await Promise.all([stop(subject.child), stop(baseline.child), stop(hardened.child)]);
    }
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
};
