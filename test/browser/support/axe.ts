import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeNode {
  readonly target: unknown[];
  readonly html: string;
  readonly failureSummary?: string;
}

interface AxeViolation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly helpUrl: string;
  readonly nodes: AxeNode[];
}

/** Every violation, one paragraph each: the rule, what it asks, and each failing node with why. */
export const describeViolations = (violations: readonly AxeViolation[]): string =>
  violations
    .map(
      (v) =>
        `${v.id} (${v.impact ?? 'no impact given'}): ${v.help}\n  ${v.helpUrl}\n` +
        v.nodes.map((n) => `  - ${JSON.stringify(n.target)} ${n.html.slice(0, 160)}\n    ${(n.failureSummary ?? '').replace(/\n/g, '\n    ')}`).join('\n'),
    )
    .join('\n\n');

/**
 * Runs axe-core with its default rules (WCAG 2.0, 2.1 A and AA and its best practices) on the page
 * as it is now, and fails with the rule ids and nodes when anything is violated.
 */
export const expectNoAxeViolations = async (page: Page, name: string): Promise<void> => {
  const loaded = await page.evaluate(() => 'axe' in globalThis);
  if (!loaded) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const { axe } = globalThis as unknown as { axe: { run(): Promise<{ violations: AxeViolation[] }> } };
    return (await axe.run()).violations;
  });
  if (violations.length > 0) {
    throw new Error(`axe-core found ${violations.length} accessibility violation(s) on "${name}" (${page.url()}):\n\n${describeViolations(violations)}`);
  }
};
