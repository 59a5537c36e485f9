import { type ChildProcess, spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// Not through @samverkan/event-store/testing: its index brings the contract suite, which imports
// jest, and the cluster benchmark runs in plain node.
import { freePort, startPostgresCluster } from '../../libs/event-store/src/testing/postgres-cluster.js';
import { Balancer } from './cluster-balancer.js';

/**
 * Several API instances behind a load balancer, as README "Running on several machines" runs
 * them: each the built server (`node dist/apps/api/src/main.js`) in its own process, on its own
 * loopback port, with its own DATA_DIR (its local read models), sharing one log and one accounts
 * store and one TOKEN_SECRET; Debian's nginx in front, round-robin. Build first (`npm run build`).
 */

/** The checkout: this file runs from test/support (jest) and from dist/test/support (the benchmarks). */
const repoRoot = (dir: string): string => (existsSync(join(dir, 'package.json')) ? dir : repoRoot(dirname(dir)));
const REPO_ROOT = repoRoot(import.meta.dirname);
const MAIN = join(REPO_ROOT, 'dist/apps/api/src/main.js');
const READY_WITHIN_MS = 60_000;

/** Where the instances' shared state lives: the event log and the accounts (with sessions and limits). */
export interface ClusterStores {
  readonly eventStoreUrl: string;
  readonly accountsUrl: string;
  /** Removes the stores (a throwaway file or database server). */
  dispose(): Promise<void>;
  /** The store's own server processes (none for a file), for a benchmark to count their CPU time. */
  processes?(): { readonly name: string; readonly pid: number }[];
}

/**
 * The one place that says which shared store the cluster specs and the benchmark use: by default
 * one database of a throwaway PostgreSQL cluster for both the log and the accounts (as README
 * "Running on several machines" runs it; durable for the benchmark), with the cluster's server
 * processes; or (`engine: 'sqlite'`) files every process on this machine opens, which the embedded
 * store allows, for the benchmark's comparison.
 */
export async function clusterStores(options: { readonly engine?: 'postgres' | 'sqlite'; readonly durable?: boolean } = {}): Promise<ClusterStores> {
  if (options.engine === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'samverkan-cluster-log-'));
    return {
      eventStoreUrl: `sqlite:${join(dir, 'events.sqlite')}`,
      accountsUrl: `sqlite:${join(dir, 'accounts.sqlite')}`,
      dispose: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const postgres = await startPostgresCluster({ durable: options.durable ?? false });
  const url = await postgres.createDatabase('cluster');
  return {
    eventStoreUrl: url,
    accountsUrl: url,
    dispose: () => postgres.stop(),
    processes: () => postgresProcesses(join(postgres.dir, 'data')),
  };
}

/** The postmaster (first line of postmaster.pid) and its children: every backend, the WAL writer, the checkpointer. */
function postgresProcesses(dataDir: string): { readonly name: string; readonly pid: number }[] {
  const postmaster = Number(readFileSync(join(dataDir, 'postmaster.pid'), 'utf8').split('\n')[0]);
  const children = readFileSync(`/proc/${postmaster}/task/${postmaster}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  return [postmaster, ...children].map((pid) => ({ name: 'PostgreSQL', pid }));
}

export interface ClusterInstance {
  readonly name: string;
  readonly port: number;
  readonly dataDir: string;
  /** This instance directly, bypassing the balancer: `http://127.0.0.1:<port>/api`. */
  readonly apiUrl: string;
  /** `host:port` as nginx names the upstream that answered (the `X-Upstream` header). */
  readonly upstream: string;
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
  /** What the server wrote to stdout and stderr (JSON log lines). */
  output(): string;
}

export interface Cluster {
  /** The balancer's origin, `http://127.0.0.1:<port>`: the web app at `/`, the API at `/api`. */
  readonly origin: string;
  readonly apiUrl: string;
  readonly stores: ClusterStores;
  /** Every instance started, killed ones included. */
  readonly instances: readonly ClusterInstance[];
  /** Starts one more instance with an empty DATA_DIR, waits until it is ready, and adds it to the balancer. */
  startInstance(): Promise<ClusterInstance>;
  /** The live processes by name (the instances, nginx's master and workers), for a benchmark to read their CPU time. */
  processes(): { readonly name: string; readonly pid: number }[];
  /** SIGKILL, as a crash or an OOM killer would: no shutdown hook runs. The balancer is not told. */
  kill(instance: ClusterInstance): Promise<void>;
  stop(): Promise<void>;
}

export interface ClusterOptions {
  readonly instances: number;
  readonly stores: ClusterStores;
  /** Extra environment for every instance (e.g. LOG_LEVEL, STORE_DURABILITY). */
  readonly env?: Readonly<Record<string, string>>;
  /** The web build the instances serve (default: dist/web). */
  readonly webDir?: string;
}

/** Every instance must verify the others' tokens: one secret for all (README "Configuration"). */
const TOKEN_SECRET = 'cluster-test-secret-0123456789abcdefghijklmnopqrstuvwxyz';

export async function startCluster(options: ClusterOptions): Promise<Cluster> {
  const root = mkdtempSync(join(tmpdir(), 'samverkan-cluster-'));
  const instances: ClusterInstance[] = [];
  const balancer = new Balancer(join(root, 'nginx'), await freePort());
  const env = (dataDir: string, port: number): NodeJS.ProcessEnv => ({
    ...process.env,
    NODE_ENV: 'development',
    HOST: '127.0.0.1',
    PORT: String(port),
    DATA_DIR: dataDir,
    EVENT_STORE_URL: options.stores.eventStoreUrl,
    ACCOUNTS_URL: options.stores.accountsUrl,
    TOKEN_SECRET,
    SAMVERKAN_DEMO: '1',
    TRUST_PROXY: 'loopback',
    WEB_DIR: options.webDir ?? join(REPO_ROOT, 'dist/web'),
    // The load and the benchmark send many commands as one account; the limit is not what they test.
    RATE_LIMIT_COMMANDS_PER_USER: '1000000000',
    RATE_LIMIT_SIGN_IN_PER_ADDRESS: '1000000',
    LOG_LEVEL: 'warn',
    ...options.env,
  });

  let launched = 0;
  const launch = async (): Promise<ClusterInstance> => {
    const name = `instance-${++launched}`;
    const dataDir = join(root, name);
    mkdirSync(dataDir);
    const port = await freePort();
    const log = join(dataDir, 'server.log');
    const fd = openSync(log, 'a');
    const child = spawn(process.execPath, [MAIN], { cwd: REPO_ROOT, env: env(dataDir, port), stdio: ['ignore', fd, fd] });
    closeSync(fd);
    const exited = new Promise<void>((done) => child.once('exit', () => done()));
    const instance: ClusterInstance = {
      name,
      port,
      dataDir,
      apiUrl: `http://127.0.0.1:${port}/api`,
      upstream: `127.0.0.1:${port}`,
      child,
      exited,
      output: () => readFileSync(log, 'utf8'),
    };
    instances.push(instance);
    instances.sort((a, b) => a.name.localeCompare(b.name));
    return instance;
  };
  const alive = () => instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null);

  const stop = async () => {
    await balancer.stop();
    await Promise.all(alive().map((i) => terminate(i)));
    await options.stores.dispose();
    rmSync(root, { recursive: true, force: true });
  };

  try {
    // All at once on the empty log, as a deployment starts them: the demo data must be loaded once.
    const first = await Promise.all(Array.from({ length: options.instances }, launch));
    await Promise.all(first.map(waitUntilReady));
    await balancer.start(alive());
  } catch (error) {
    await stop();
    throw error;
  }

  return {
    origin: balancer.origin,
    apiUrl: `${balancer.origin}/api`,
    stores: options.stores,
    instances,
    startInstance: async () => {
      const instance = await launch();
      await waitUntilReady(instance);
      await balancer.reload(alive());
      return instance;
    },
    processes: () => [...alive().map((i) => ({ name: i.name, pid: i.child.pid! })), ...balancer.processes()],
    kill: async (instance) => {
      instance.child.kill('SIGKILL');
      await instance.exited;
    },
    stop,
  };
}

const waitUntilReady = async (instance: ClusterInstance): Promise<void> => {
  const deadline = performance.now() + READY_WITHIN_MS;
  while (performance.now() < deadline) {
    if (instance.child.exitCode !== null) throw new Error(`${instance.name} stopped before it was ready:\n${instance.output()}`);
    const status = await fetch(`${instance.apiUrl}/health/ready`).then(
      (res) => res.status,
      () => 0,
    );
    if (status === 200) return;
    await new Promise((resume) => setTimeout(resume, 100));
  }
  throw new Error(`${instance.name} was not ready within ${READY_WITHIN_MS} ms:\n${instance.output()}`);
};

/** SIGTERM (the server finishes what is in flight), then SIGKILL if it takes too long. */
const terminate = async (instance: ClusterInstance): Promise<void> => {
  instance.child.kill('SIGTERM');
  const timer = setTimeout(() => instance.child.kill('SIGKILL'), 15_000);
  await instance.exited;
  clearTimeout(timer);
};
