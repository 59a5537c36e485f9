import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const AGREEMENT = '/agreements/lomma-2023-2027';

interface PlanAsOf {
  readonly at: string;
  readonly logBeganAt: string | null;
  readonly beforeLogBegan: boolean;
  readonly agreement: { readonly agreementId: string } | null;
  readonly focusAreas: readonly unknown[];
  readonly board: readonly unknown[];
}

/**
 * The plan as it stood at a moment before the agreement's log began: an auditor is told when the
 * log began and that there was no plan yet (200), not a "not found" that reads like missing access.
 */
describe('the plan before the log began, over HTTP', () => {
  let t: TestApp;
  let auditor: HttpClient;

  const planAt = (asOf: string) => auditor.get<PlanAsOf>(`${AGREEMENT}/plan?asOf=${encodeURIComponent(asOf)}`);

  beforeAll(async () => {
    t = await startTestApp();
    auditor = await t.as('lomma.revisor');
  });
  afterAll(() => t.close());

  describe('given a day before the agreement was registered', () => {
    it('answers that the log had not begun, with the moment it began, and no plan', async () => {
      const res = await planAt('2000-01-01');
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ beforeLogBegan: true, agreement: null, focusAreas: [], board: [] });
      expect(res.body.logBeganAt! > '2000-01-01').toBe(true);
    });
  });

  describe('given the moment the log began', () => {
    it('shows the plan as registered, and the same beginning', async () => {
      const before = await planAt('2000-01-01');
      const res = await planAt(before.body.logBeganAt!);
      expect(res.status).toBe(200);
      expect(res.body.beforeLogBegan).toBe(false);
      expect(res.body.agreement?.agreementId).toBe('lomma-2023-2027');
      expect(res.body.logBeganAt).toBe(before.body.logBeganAt);
    });
  });

  it('says what changed in a period before the log began: nothing, and when the log began', async () => {
    const res = await auditor.get<{ changes: unknown[]; logBeganAt: string | null }>(`${AGREEMENT}/changes?from=2000-01-01&to=2000-12-31`);
    expect(res.status).toBe(200);
    expect(res.body.changes).toEqual([]);
    expect(res.body.logBeganAt).not.toBeNull();
  });

  it('refuses a moment that is not a date, naming the field', async () => {
    const res = await planAt('den 1 januari');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('asOf');
  });

  it('asks who is asking', async () => {
    expect((await t.anonymous().get(`${AGREEMENT}/plan?asOf=2000-01-01`)).status).toBe(401);
  });

  it('knows no agreement that does not exist, whatever the date', async () => {
    expect((await auditor.get('/agreements/finns-inte-2024/plan?asOf=2000-01-01')).status).toBe(404);
  });
});
