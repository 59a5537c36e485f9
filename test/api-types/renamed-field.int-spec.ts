import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIObject } from '@nestjs/swagger';
import openapiTS, { astToString } from 'openapi-typescript';
import { previewOpenApiDocument } from '../../apps/api/src/openapi/preview-document.js';

const ROOT = join(import.meta.dirname, '../..');

/** The document with one response field renamed, as a server change would rename it. */
const renamed = (document: OpenAPIObject, schema: string, from: string, to: string): OpenAPIObject => {
  const copy = structuredClone(document);
  const target = copy.components!.schemas![schema] as { properties: Record<string, unknown>; required?: string[] };
  target.properties[to] = target.properties[from];
  delete target.properties[from];
  target.required = target.required?.map((name) => (name === from ? to : name));
  return copy;
};

/**
 * The proof that the web's types come from the API: a copy of the web app, its types generated
 * (as `npm run openapi` does) from a document where the board renamed `daysInStep`, does not
 * type-check, and the error is where the Översikt page reads the old name. The unchanged document
 * type-checks: that is `npm run typecheck`. The copy lives under test/artifacts (git-ignored) so
 * that it resolves the project's node_modules.
 */
describe('a response field renamed in the API', () => {
  let dir: string;
  beforeAll(() => {
    mkdirSync(join(ROOT, 'test/artifacts'), { recursive: true });
    dir = mkdtempSync(join(ROOT, 'test/artifacts/api-types-'));
    cpSync(join(ROOT, 'apps/web/src'), join(dir, 'src'), { recursive: true, filter: (path) => !path.includes('/generated') });
    writeFileSync(join(dir, 'tsconfig.json'), JSON.stringify({ extends: '../../../apps/web/tsconfig.json', include: ['src'] }));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('breaks the web type-check where the web reads it', async () => {
    const document = renamed(
      await previewOpenApiDocument({ DATA_DIR: '/nonexistent/never-opened' }),
      'PlanBoardRowView',
      'daysInStep',
      'daysInCurrentStep',
    );
    mkdirSync(join(dir, 'src/api/generated'), { recursive: true });
    const ast = await openapiTS(document as Parameters<typeof openapiTS>[0], { enumValues: true, immutable: true });
    writeFileSync(join(dir, 'src/api/generated/schema.ts'), `// @ts-nocheck\n${astToString(ast)}`);

    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(dir, 'tsconfig.json'), '--noEmit'], {
      encoding: 'utf8',
    });

    expect(tsc.status).not.toBe(0);
    expect(tsc.stdout).toMatch(/src\/pages\/overview\/FocusAreaCard\.tsx\(\d+,\d+\): error TS2339: Property 'daysInStep' does not exist/);
  }, 120_000);
});
