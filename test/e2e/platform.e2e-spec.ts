import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { join } from 'node:path';
import { startTestApp, type TestApp } from '../support/test-app.js';

const countEvents = async (dataDir: string) => {
  const store = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
  try {
    return (await store.readAll()).length;
  } finally {
    await store.close();
  }
};

const lund = {
  agreementId: 'lund-2025-2028',
  name: 'Samverkansöverenskommelse Lund 2025–2028',
  municipality: 'Lund',
  parties: [
    { partyId: 'lunds-kommun', name: 'Lunds kommun', kind: 'municipality' },
    { partyId: 'lpo-lund', name: 'Lokalpolisområde Lund', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
    { partyId: 'kriminalvarden', name: 'Kriminalvården', kind: 'other' },
  ],
  period: { from: '2025-01-01', to: '2028-12-31' },
  council: { name: 'Trygghetsrådet' },
};

describe('the platform: docs, sign-in, agreements and the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('serves the OpenAPI documentation generated from the DTOs', async () => {
    const ui = await t.anonymous().get('/docs');
    expect(ui.status).toBe(200);
    expect(String(ui.body)).toContain('swagger');
    const spec = await t.anonymous().get('/docs/openapi.json');
    expect(spec.status).toBe(200);
    expect(Object.keys(spec.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/focus-areas/{focusAreaId}/proposals/{focusAreaId}'.replace('/{focusAreaId}/proposals/{focusAreaId}', '/{focusAreaId}/proposals'),
        '/api/agreements',
      ]),
    );
    expect(spec.body.components.schemas.RecordProblemStatementRequestDto.required).toEqual(expect.arrayContaining(['what', 'where', 'when', 'howOften']));
  });

  it('refuses a wrong password and a forged token with 401', async () => {
    const wrong = await t.anonymous().post('/auth/token', { username: 'lomma.samordnare', password: 'fel' });
    expect(wrong.status).toBe(401);
    const forged = await t.anonymous().get('/agreements', { authorization: 'Bearer eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJhZG1pbiJ9.x' });
    expect(forged.status).toBe(401);
    expect(forged.body.type).toContain('unauthorized');
  });

  it('answers malformed JSON with a 400 problem, not a stack trace', async () => {
    const client = await t.as('admin');
    const res = await client.post('/agreements', '{"agreementId": ', {});
    expect(res.status).toBe(400);
    expect(res.body.detail).toBe('The request body is not valid JSON.');
    expect(JSON.stringify(res.body)).not.toMatch(/at .*\.js:\d+/);
  });

  it('loads the three real agreements, and loading again changes nothing', async () => {
    const admin = await t.as('admin');
    const ids = (await admin.get('/agreements')).body.map((a: { agreementId: string }) => a.agreementId).sort();
    expect(ids).toEqual(['kavlinge', 'lomma-2023-2027', 'vellinge-2023-2026']);
    const before = await countEvents(t.dataDir);
    await t.app.close();
    const again = await startTestApp({ DATA_DIR: t.dataDir });
    try {
      expect(await countEvents(t.dataDir)).toBe(before);
      const relisted = await (await again.as('admin')).get('/agreements');
      expect(relisted.body).toHaveLength(3);
    } finally {
      await again.app.close();
    }
    t = await startTestApp({ DATA_DIR: t.dataDir });
  });

  it('lets only an administrator register an agreement and assign roles, as events', async () => {
    const coordinator = await t.as('lomma.samordnare');
    expect((await coordinator.post('/agreements', lund)).status).toBe(403);

    const admin = await t.as('admin');
    const registered = await admin.post('/agreements', lund);
    expect(registered.status).toBe(201);
    expect(registered.etag).toBe('"0"');
    const assigned = await admin.post(
      '/agreements/lund-2025-2028/roles',
      { userId: 'lomma.samordnare', role: 'coordinator', partyId: 'lunds-kommun', function: 'Säkerhetschef' },
      { 'If-Match': '"0"' },
    );
    expect(assigned.status).toBe(200);
    expect(assigned.etag).toBe('"1"');
    // Both answer from the read models: minPosition asks for the roles just assigned.
    const afterAssign = `minPosition=${assigned.body.position}`;
    expect((await coordinator.get(`/agreements?${afterAssign}`)).body.map((a: { agreementId: string }) => a.agreementId)).toContain('lund-2025-2028');
    const visible = await coordinator.get(`/agreements/lund-2025-2028?${afterAssign}`);
    expect(visible.status).toBe(200);
    expect(visible.body.yourRoles).toEqual([{ userId: 'lomma.samordnare', role: 'coordinator', partyId: 'lunds-kommun', function: 'Säkerhetschef' }]);
    const revoked = await admin.delete('/agreements/lund-2025-2028/roles?userId=lomma.samordnare&role=coordinator&partyId=lunds-kommun');
    expect(revoked.status).toBe(200);
    const afterRevoke = `minPosition=${revoked.body.position}`;
    expect((await coordinator.get(`/agreements/lund-2025-2028?${afterRevoke}`)).status).toBe(404);
    const listed = (await coordinator.get(`/agreements?${afterRevoke}`)).body.map((a: { agreementId: string }) => a.agreementId);
    expect(listed).toEqual(['lomma-2023-2027']);
  });

  it('refuses an invalid organisation number by its rule, and a duplicate registration', async () => {
    const admin = await t.as('admin');
    const badNumber = await admin.post('/agreements', {
      ...lund,
      agreementId: 'lund-bad',
      parties: [lund.parties[0], { ...lund.parties[1], organisationNumber: '202100-0077' }],
    });
    expect(badNumber.status).toBe(422);
    expect(badNumber.body).toMatchObject({ rule: 'OrganisationNumbersAreValid', field: 'parties[1].organisationNumber' });
    const again = await admin.post('/agreements', lund);
    expect(again.status).toBe(422);
    expect(again.body.rule).toBe('AgreementIsNotAlreadyRegistered');
  });

  it('names every invalid field of a registration', async () => {
    const admin = await t.as('admin');
    const res = await admin.post('/agreements', { ...lund, agreementId: 'Lund!', period: { from: '2025', to: '2028-12-31' }, extra: 1 });
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['agreementId', 'period.from', 'extra']));
  });
});
