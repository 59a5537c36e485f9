import { describe, expect, it } from '@jest/globals';
import { cruise, type IReporterOutput } from 'dependency-cruiser';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

/**
 * The boundary check that `npm test` runs over apps and libs, run here over fixtures that break it,
 * so we know the rules bite (an architecture test that checks the wrong thing passes forever).
 */
const require = createRequire(import.meta.url);
const config = require('../../.dependency-cruiser.cjs') as { forbidden: unknown[]; options: Record<string, unknown> };
const fixtures = fileURLToPath(new URL('./fixtures', import.meta.url));

const violationsIn = async (path: string) => {
  const result: IReporterOutput = await cruise([path], {
    ...config.options,
    tsConfig: undefined,
    baseDir: fixtures,
    validate: true,
    ruleSet: { forbidden: config.forbidden } as never,
  });
  const output = result.output as Exclude<IReporterOutput['output'], string>;
  return output.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}`);
};

describe('architecture boundaries', () => {
  it('refuses a domain lib that imports NestJS or SQLite', async () => {
    const violations = await violationsIn('libs/cycle');
    expect(violations).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^no-framework-in-domain: libs\/cycle\/src\/reaches-for-a-framework\.ts → .*@nestjs\/common/),
        expect.stringMatching(/^no-framework-in-domain: .*→ .*better-sqlite3/),
      ]),
    );
  });

  it('refuses a domain lib that reaches for node I/O or randomness', async () => {
    const violations = await violationsIn('libs/agreements');
    expect(violations).toEqual(
      expect.arrayContaining([
        'no-node-io-in-domain: libs/agreements/src/reads-the-clock-module.ts → crypto',
        'no-node-io-in-domain: libs/agreements/src/reads-the-clock-module.ts → fs',
      ]),
    );
    expect(violations.some((v) => v.includes('pure.ts'))).toBe(false);
  });
});
