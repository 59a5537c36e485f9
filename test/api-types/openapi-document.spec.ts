import 'reflect-metadata';
import { beforeAll, describe, expect, it } from '@jest/globals';
import type { OpenAPIObject } from '@nestjs/swagger';
import { STEPS } from '@samverkan/cycle';
import { previewOpenApiDocument } from '../../apps/api/src/openapi/preview-document.js';

type Operation = { responses: Record<string, { content?: Record<string, { schema?: unknown }> }> };
const METHODS = ['get', 'post', 'put', 'delete', 'patch'] as const;

describe('the OpenAPI document', () => {
  let document: OpenAPIObject;
  beforeAll(async () => {
    document = await previewOpenApiDocument({ DATA_DIR: '/nonexistent/never-opened' });
  });

  const operations = (): [string, Operation][] =>
    Object.entries(document.paths).flatMap(([path, item]) =>
      METHODS.flatMap((method) => {
        const operation = (item as Record<string, Operation | undefined>)[method];
        return operation ? [[`${method.toUpperCase()} ${path}`, operation] as [string, Operation]] : [];
      }),
    );

  it('gives every route, queries included, a schema for its success response', () => {
    const missing = operations()
      .filter(
        ([, op]) =>
          !Object.entries(op.responses).some(
            ([status, r]) => status.startsWith('2') && Object.values(r.content ?? {}).every((c) => c.schema) && r.content,
          ),
      )
      .map(([name]) => name);
    expect(operations().length).toBeGreaterThan(30);
    expect(missing).toEqual([]);
  });

  it('documents the problem responses as RFC 9457 problem details, with the field a rule names', () => {
    const problem = document.components?.schemas?.['ProblemView'] as { properties: Record<string, unknown> };
    expect(Object.keys(problem.properties)).toEqual(expect.arrayContaining(['type', 'title', 'status', 'detail', 'rule', 'field', 'errors']));
    const refusals = operations().flatMap(([, op]) => Object.entries(op.responses).filter(([status]) => status === '422'));
    expect(refusals.length).toBeGreaterThan(10);
    for (const [, response] of refusals) {
      expect(response.content?.['application/problem+json']?.schema).toEqual({ $ref: '#/components/schemas/ProblemView' });
    }
    const problems = operations().flatMap(([name, op]) =>
      Object.entries(op.responses)
        .filter(([status]) => /^[45]/.test(status))
        .map(([status, r]) => [`${name} ${status}`, r.content?.['application/problem+json']?.schema]),
    );
    expect(problems.filter(([, schema]) => schema === undefined).map(([name]) => name)).toEqual([]);
  });

  it('lists the steps in the machine’s order, taken from libs/cycle', () => {
    expect((document.components!.schemas!['Step'] as { enum: string[] }).enum).toEqual([...STEPS]);
    expect(STEPS[0]).toBe('proposed');
  });

  it('says step, never status, for the step of a focus area', () => {
    for (const name of ['FocusAreaViewDto', 'FocusAreaDocView', 'PlanBoardRowView', 'FocusAreaSummaryDto']) {
      const schema = document.components?.schemas?.[name] as { properties: Record<string, unknown> };
      expect([name, Object.keys(schema.properties)]).toEqual([name, expect.arrayContaining(['step'])]);
      expect([name, Object.keys(schema.properties)]).not.toEqual([name, expect.arrayContaining(['status'])]);
    }
  });
});
