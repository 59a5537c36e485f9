import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';

describe('read-your-writes, bounded', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ READ_YOUR_WRITES_MAX_WAITERS: '1' });
  });
  afterAll(() => t.close());

  it('refuses a position past the last event written at once, as a 400 naming minPosition', async () => {
    const auditor = await t.as('lomma.revisor');
    const res = await auditor.get('/agreements/lomma-2023-2027?minPosition=999999999999999');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('minPosition');
  });

  it('past READ_YOUR_WRITES_MAX_WAITERS waiting queries, tells the next to come back (503, Retry-After) instead of queueing it', async () => {
    await t.app.get<ProjectionRunner>(PROJECTION_RUNNER).stop();
    const admin = await t.as('admin');
    const written = await admin.post('/agreements', {
      agreementId: 'lund-2025-2028',
      name: 'Samverkansöverenskommelse Lund 2025–2028',
      municipality: 'Lund',
      parties: [
        { partyId: 'lunds-kommun', name: 'Lunds kommun', kind: 'municipality' },
        { partyId: 'lpo-lund', name: 'Lokalpolisområde Lund', kind: 'localPoliceArea' },
      ],
      period: { from: '2025-01-01', to: '2028-12-31' },
      council: { name: 'Trygghetsrådet' },
    });
    expect(written.status).toBe(201);
    const query = () => admin.get(`/agreements?minPosition=${written.body.position}`);
    const [first, second] = await Promise.all([query(), query()]);
    const details = [first, second].map((r) => [r.status, r.headers.get('retry-after'), r.body.detail]);
    expect(details).toEqual(
      expect.arrayContaining([
        [503, '1', expect.stringMatching(/^Too many queries are already waiting/)],
        [503, '1', expect.stringMatching(/^The read models have not yet reached position/)],
      ]),
    );
  });
});
