import { afterEach, describe, expect, it } from '@jest/globals';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { registration } from '../../../../test/support/given-agreement.js';
import { AccountStore } from '../identity/accounts/account-store.port.js';

describe('health', () => {
  let t: TestApp | undefined;
  afterEach(async () => {
    await t?.close();
    t = undefined;
  });

  it('is live and ready, without signing in, when the store answers and the projections are caught up', async () => {
    t = await startTestApp();
    const anonymous = t.anonymous();
    expect((await anonymous.get('/health/live')).body).toEqual({ status: 'ok' });
    const ready = await anonymous.get('/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toMatchObject({
      status: 'ok',
      details: { eventStore: { status: 'up' }, accounts: { status: 'up' }, projections: { status: 'up' }, notifications: { status: 'up', mail: 'off' } },
    });
    expect((await anonymous.get('/health')).status).toBe(200);
  });

  it('is not ready (503, naming the projections) when they fall further behind the store than READINESS_MAX_LAG, and live all the same', async () => {
    t = await startTestApp({ READINESS_MAX_LAG: '1' });
    await t.app.get<ProjectionRunner>(PROJECTION_RUNNER).stop();
    const admin = await t.as('admin');
    expect((await admin.post('/agreements', registration('lund-1'))).status).toBe(201);
    expect((await t.anonymous().get('/health/ready')).status).toBe(200);
    expect((await admin.post('/agreements', registration('lund-2'))).status).toBe(201);
    const ready = await t.anonymous().get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    expect(ready.headers.get('retry-after')).toBe('5');
    expect(ready.body.detail).toMatch(/^Not ready: projections .*"maxLag":1/);
    expect((await t.anonymous().get('/health')).status).toBe(503);
    expect((await t.anonymous().get('/health/live')).status).toBe(200);
  });

  it("is not ready (503, naming the accounts) when the accounts' store cannot be reached: nobody could sign in", async () => {
    t = await startTestApp();
    await t.app.get(AccountStore).close();
    const ready = await t.anonymous().get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.detail).toMatch(/^Not ready: accounts /);
    expect((await t.anonymous().get('/health/live')).status).toBe(200);
  });
});
