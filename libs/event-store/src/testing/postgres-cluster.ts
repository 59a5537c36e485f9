import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster for tests and benchmarks: `initdb` into a temporary directory,
 * started on a free loopback port with trust authentication, stopped and removed by `stop()` (or
 * when the process exits). Debian's server binaries (`postgresql`, which `.ci/run` installs where
 * missing); PostgreSQL refuses to run as root, so as root the cluster runs as the `postgres` user.
 */
export interface PostgresCluster {
  readonly port: number;
  /** The directory holding the cluster's data and its socket. */
  readonly dir: string;
  /** A connection URL for a database of this cluster (default: `postgres`). */
  url(database?: string): string;
  /** Creates an empty database and answers its URL; names are made unique per cluster. */
  createDatabase(prefix?: string): Promise<string>;
  stop(): Promise<void>;
}

export interface PostgresClusterOptions {
  /**
   * `false` (the default for tests): fsync off, a crash of the machine may lose the cluster, which
   * a throwaway cluster does not mind and which makes tests faster. Benchmarks pass `true`:
   * PostgreSQL's defaults, every commit flushed.
   */
  readonly durable?: boolean;
  /** Extra `-c name=value` server settings. */
  readonly settings?: Readonly<Record<string, string | number>>;
}

/** The newest installed server's bin directory, e.g. /usr/lib/postgresql/15/bin. */
export function postgresBinDir(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root)
    ? readdirSync(root)
        .filter((name) => existsSync(join(root, name, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : [];
  if (versions.length === 0) {
    throw new Error('PostgreSQL server binaries not found under /usr/lib/postgresql: apt-get install -y postgresql (.ci/run does)');
  }
  return join(root, versions[0]!, 'bin');
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = (): boolean => typeof process.getuid === 'function' && process.getuid() === 0;

/** Runs a server binary, as the `postgres` user when we are root. */
function run(binary: string, args: readonly string[]): void {
  const command = join(postgresBinDir(), binary);
  const [file, argv] = isRoot() ? ['runuser', ['-u', 'postgres', '--', command, ...args]] : [command, [...args]];
  execFileSync(file, argv, { stdio: ['ignore', 'pipe', 'pipe'], cwd: tmpdir() });
}

const running = new Set<() => void>();
let exitHookInstalled = false;

export async function startPostgresCluster(options: PostgresClusterOptions = {}): Promise<PostgresCluster> {
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-pg-'));
  if (isRoot()) {
    const { uid, gid } = userIds('postgres');
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '--auth=trust', '--username=postgres', '--encoding=UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const settings: Record<string, string | number> = {
    listen_addresses: '127.0.0.1',
    port,
    unix_socket_directories: dir,
    max_connections: 200,
    ...(options.durable ? {} : { fsync: 'off', synchronous_commit: 'off', full_page_writes: 'off' }),
    ...options.settings,
  };
  const serverOptions = Object.entries(settings)
    .map(([name, value]) => `-c ${name}=${value}`)
    .join(' ');
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-o', serverOptions, '-w', '-t', '60', 'start']);

  let stopped = false;
  const stopNow = (): void => {
    if (stopped) return;
    stopped = true;
    running.delete(stopNow);
    const command = join(postgresBinDir(), 'pg_ctl');
    const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
    spawnSync(isRoot() ? 'runuser' : command, isRoot() ? ['-u', 'postgres', '--', command, ...args] : args, { stdio: 'ignore', cwd: tmpdir() });
    rmSync(dir, { recursive: true, force: true });
  };
  running.add(stopNow);
  if (!exitHookInstalled) {
    exitHookInstalled = true;
    process.on('exit', () => [...running].forEach((stop) => stop()));
  }

  let databases = 0;
  const url = (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`;
  return {
    port,
    dir,
    url,
    createDatabase: async (prefix = 'test') => {
      databases += 1;
      const name = `${prefix.replace(/[^a-z0-9_]/gi, '_').toLowerCase()}_${databases}`;
      const pg = await import('pg');
      const client = new pg.default.Client({ connectionString: url() });
      await client.connect();
      try {
        await client.query(`CREATE DATABASE ${name}`);
      } finally {
        await client.end();
      }
      return url(name);
    },
    stop: async () => stopNow(),
  };
}

function userIds(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', name], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', name], { encoding: 'utf8' }).trim());
  return { uid, gid };
}
