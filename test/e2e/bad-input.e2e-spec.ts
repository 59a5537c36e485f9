import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { join } from 'node:path';
import { MAX_BODY_DEPTH } from '../../apps/api/src/common/validation.pipe.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { registration as givenRegistration } from '../support/given-agreement.js';

/** Inputs that once answered 500: each is now a 400 that names what is wrong, and nothing is written. */
const nested = (levels: number): unknown => {
  let value: unknown = 1;
  for (let i = 0; i < levels; i++) value = { a: value };
  return value;
};

const registration = givenRegistration('lund-2025-2028');

describe('bad input gets a clear 400 and loses nothing', () => {
  let t: TestApp;
  let events: () => Promise<number>;
  beforeAll(async () => {
    t = await startTestApp();
    events = async () => {
      const store = new SqliteEventStore({ filename: join(t.dataDir, 'events.sqlite') });
      try {
        return (await store.readAll()).length;
      } finally {
        await store.close();
      }
    };
  });
  afterAll(() => t.close());

  it('refuses a body nested thousands of levels deep, on sign-in and on a command, naming the body', async () => {
    const before = await events();
    const signIn = await t.anonymous().post('/auth/token', nested(3000));
    expect(signIn.status).toBe(400);
    expect(signIn.body.errors).toEqual([{ field: 'body', messages: [`must not nest more than ${MAX_BODY_DEPTH} levels deep`] }]);
    const admin = await t.as('admin');
    const command = await admin.post('/agreements', { ...registration, council: nested(3000) });
    expect(command.status).toBe(400);
    expect(command.body.errors[0].field).toBe('body');
    expect(await events()).toBe(before);
  });

  it('still takes a body nested as deep as the API allows, and judges it by its fields', async () => {
    const res = await t.anonymous().post('/auth/token', { username: 'admin', password: nested(MAX_BODY_DEPTH - 1) });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('password');
  });

  it('refuses a registration without a period or a council by naming the missing field', async () => {
    const admin = await t.as('admin');
    const before = await events();
    const { period: _period, ...noPeriod } = registration;
    const { council: _council, ...noCouncil } = registration;
    const withoutPeriod = await admin.post('/agreements', noPeriod);
    expect(withoutPeriod.status).toBe(400);
    expect(withoutPeriod.body.errors).toEqual([{ field: 'period', messages: ['period is required'] }]);
    const withoutCouncil = await admin.post('/agreements', noCouncil);
    expect(withoutCouncil.status).toBe(400);
    expect(withoutCouncil.body.errors).toEqual([{ field: 'council', messages: ['council is required'] }]);
    // A registration's policy may leave decisionRequired out (the default applies), but not give it half.
    const policyWithoutDecisions = await admin.post('/agreements', { ...registration, policy: { decisionRequired: { prioritise: true } } });
    expect(policyWithoutDecisions.status).toBe(400);
    expect(policyWithoutDecisions.body.errors[0].field).toBe('policy.decisionRequired.advance');
    expect(await events()).toBe(before);
  });

  it('refuses an audit page beyond any safe offset', async () => {
    const auditor = await t.as('lomma.revisor');
    const res = await auditor.get('/agreements/lomma-2023-2027/audit?page=99999999999999999999');
    expect(res.status).toBe(400);
    expect(res.body.errors[0].field).toBe('page');
    expect((await auditor.get('/agreements/lomma-2023-2027/audit?page=1000000')).status).toBe(200);
  });

  it('refuses control characters and lone surrogates in any text, naming the field, and writes nothing', async () => {
    const admin = await t.as('admin');
    const before = await events();
    const bell = await admin.post('/agreements', { ...registration, council: { name: 'Trygghets\u0007rådet' } });
    expect(bell.status).toBe(400);
    expect(bell.body.errors).toEqual([{ field: 'council.name', messages: ['must not contain control characters'] }]);
    const surrogate = await admin.post('/agreements', {
      ...registration,
      parties: [registration.parties[0], { ...registration.parties[1], name: 'Lpo \ud800' }],
    });
    expect(surrogate.status).toBe(400);
    expect(surrogate.body.errors).toEqual([{ field: 'parties.1.name', messages: ['must not contain lone surrogates (invalid unicode)'] }]);
    const lines = await admin.post('/agreements', { ...registration, agreementId: 'lund-2025-2028-b', name: 'Rad ett\nRad två\tmed tabb' });
    expect(lines.status).toBe(201);
    expect(await events()).toBe(before + 1);
  });

  it('refuses a personnummer hidden in an id, in a body (the domain rule) and in a path', async () => {
    const admin = await t.as('admin');
    const before = await events();
    const registered = await admin.post('/agreements', { ...registration, agreementId: 'lund-811218\u20119876' });
    expect(registered.status).toBe(400);
    const together = await admin.post('/agreements', { ...registration, agreementId: 'lund-198112189876' });
    expect(together.status).toBe(422);
    expect(together.body).toMatchObject({ rule: 'NoPersonalIdentityNumber' });
    const path = await admin.get('/focus-areas/fa-811218-9876');
    expect(path.status).toBe(400);
    expect(path.body.errors).toEqual([{ field: 'focusAreaId', messages: ['must not look like a personal identity number'] }]);
    expect(await events()).toBe(before);
  });
});
