import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');
export const WEB_SOURCE = join(REPO_ROOT, 'apps/web');
export const WEB_DIST = join(REPO_ROOT, 'dist/web');

const newestIn = (dir: string): number =>
  readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
    const path = join(dir, entry.name);
    const mtime = entry.isDirectory() ? newestIn(path) : statSync(path).mtimeMs;
    return Math.max(newest, mtime);
  }, 0);

/**
 * `npm test` builds the web app before jest starts; when a browser spec is run on its own, this
 * builds it once more if dist/web is missing or older than any file under apps/web.
 */
export const ensureWebBuilt = (): string => {
  const index = join(WEB_DIST, 'index.html');
  const stale = !existsSync(index) || statSync(index).mtimeMs < newestIn(WEB_SOURCE);
  // NODE_ENV is 'test' inside jest; the app under test is the production build.
  if (stale) execFileSync('npm', ['run', 'build:web', '--silent'], { cwd: REPO_ROOT, stdio: 'inherit', env: { ...process.env, NODE_ENV: 'production' } });
  return WEB_DIST;
};
