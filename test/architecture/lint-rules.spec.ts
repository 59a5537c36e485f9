import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The linter's rule that keeps the clock, randomness and random ids out of the domain libs, run
 * with the project's own biome.jsonc over fixtures placed where the rule applies and where it does
 * not, so we know it bites (and bites only there). The fixtures live outside what `npm run lint` checks.
 */
const root = fileURLToPath(new URL('../../', import.meta.url));
const fixtures = fileURLToPath(new URL('./fixtures/lint', import.meta.url));
const biome = join(root, 'node_modules/.bin/biome');

interface Diagnostic {
  readonly category: string;
  readonly message: string;
  readonly severity: string;
  readonly location: { readonly start: { readonly line: number } };
}

describe('lint rules', () => {
  let project: string;
  const place = (fixture: string, at: string) => {
    mkdirSync(join(project, dirname(at)), { recursive: true });
    cpSync(join(fixtures, fixture), join(project, at));
  };
  const findings = (path: string): string[] => {
    const run = spawnSync(biome, ['lint', '--reporter=json', '--max-diagnostics=none', path], { cwd: project, encoding: 'utf8' });
    const { diagnostics } = JSON.parse(run.stdout) as { diagnostics: Diagnostic[] };
    return diagnostics.map((d) => `${d.severity} ${d.category} at line ${d.location.start.line}: ${d.message}`).sort();
  };

  beforeAll(() => {
    project = mkdtempSync(join(tmpdir(), 'samverkan-lint-'));
    cpSync(join(root, 'biome.jsonc'), join(project, 'biome.jsonc'));
    cpSync(join(root, 'biome'), join(project, 'biome'), { recursive: true });
    place('reads-the-clock-and-dice.ts', 'libs/cycle/src/reads-the-clock-and-dice.ts');
    place('pure.ts', 'libs/cycle/src/pure.ts');
    place('reads-the-clock-and-dice.ts', 'libs/event-store/src/adapters/sqlite/reads-the-clock-and-dice.ts');
    place('reads-the-clock-and-dice.ts', 'apps/api/src/infrastructure/reads-the-clock-and-dice.ts');
  });
  afterAll(() => rmSync(project, { recursive: true, force: true }));

  it('refuses a domain lib that reads the clock, rolls dice or makes up ids', () => {
    expect(findings('libs/cycle/src/reads-the-clock-and-dice.ts')).toEqual([
      'error lint/style/noRestrictedImports at line 1: The domain makes no ids or random values: they come in with the command (IdGenerator).',
      'error plugin at line 4: The domain reads no clock: take the time from the command (CommandContext.now).',
      'error plugin at line 5: The domain reads no clock: take the time from the command (CommandContext.now).',
      'error plugin at line 6: The domain has no randomness: ids come in with the command (IdGenerator).',
      'error plugin at line 8: The domain makes no ids: they come in with the command (IdGenerator).',
    ]);
  });

  it('lets a domain lib take time from the command, parse a date, compare numbers and hash', () => {
    expect(findings('libs/cycle/src/pure.ts')).toEqual([]);
  });

  it('leaves the adapters and the API app, where the clock and the id generator live, alone', () => {
    expect(findings('libs/event-store/src/adapters/sqlite/reads-the-clock-and-dice.ts')).toEqual([]);
    expect(findings('apps/api/src/infrastructure/reads-the-clock-and-dice.ts')).toEqual([]);
  });
});
