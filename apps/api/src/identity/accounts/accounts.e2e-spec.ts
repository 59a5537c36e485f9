import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { HttpClient } from '../../../../../test/support/http-client.js';
import { startTestApp, type TestApp } from '../../../../../test/support/test-app.js';

const NEW_PASSWORD = 'ett långt nytt lösenord';

const accountRows = (t: TestApp) => {
  const db = new Database(join(t.dataDir, 'accounts.sqlite'), { readonly: true });
  try {
    return db.prepare('SELECT * FROM accounts').all() as Record<string, unknown>[];
  } finally {
    db.close();
  }
};

const tokenOf = (link: string) => link.replace('/losenord/', '');

const agreement = (agreementId: string) => ({
  agreementId,
  name: `Samverkansöverenskommelse ${agreementId}`,
  municipality: 'Lund',
  parties: [
    { partyId: 'lunds-kommun', name: 'Lunds kommun', kind: 'municipality' },
    { partyId: 'lpo-lund', name: 'Lokalpolisområde Lund', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
  ],
  period: { from: '2025-01-01', to: '2028-12-31' },
  council: { name: 'Trygghetsrådet' },
});

describe('account administration', () => {
  let t: TestApp;
  let admin: HttpClient;
  beforeAll(async () => {
    t = await startTestApp();
    admin = await t.as('admin');
  });
  afterAll(() => t.close());

  /** An administrator makes the account; the person sets a password through the link and signs in. */
  const newPerson = async (username: string, administrator = false) => {
    const created = await admin.post('/accounts', { username, displayName: `Person ${username}`, administrator });
    expect(created.status).toBe(201);
    expect((await t.anonymous().post('/auth/password-link', { token: tokenOf(created.body.passwordLink), newPassword: NEW_PASSWORD })).status).toBe(200);
    const client = new HttpClient(t.baseUrl);
    await client.signIn(username, NEW_PASSWORD);
    return { id: created.body.account.id as string, client };
  };

  it('refuses everyone but an administrator with 403 naming the right, and writes nothing', async () => {
    const coordinator = await t.as('lomma.samordnare');
    const before = accountRows(t).length;
    for (const res of [await coordinator.get('/accounts'), await coordinator.post('/accounts', { username: 'x.y', displayName: 'X' })]) {
      expect(res.status).toBe(403);
      expect(res.body.detail).toContain('administrator');
    }
    expect(accountRows(t).length).toBe(before);
    expect((await t.anonymous().get('/accounts')).status).toBe(401);
  });

  it('creates a local account with a one-time password link; the link sets the password once', async () => {
    const created = await admin.post('/accounts', { username: 'lund.samordnare', displayName: 'Samordnare Lund', email: 'samordnare@lund.se' });
    expect(created.status).toBe(201);
    expect(created.body.account).toMatchObject({ username: 'lund.samordnare', status: 'active', hasPassword: false, administrator: false });
    expect(created.body.passwordLink).toMatch(/^\/losenord\/[A-Za-z0-9_-]{40,}$/);
    const token = tokenOf(created.body.passwordLink);
    expect(JSON.stringify(accountRows(t))).not.toContain(token);

    const tooShort = await t.anonymous().post('/auth/password-link', { token, newPassword: 'kort' });
    expect(tooShort.status).toBe(400);
    expect(JSON.stringify(tooShort.body.errors)).toContain('newPassword');

    expect((await t.anonymous().post('/auth/password-link', { token, newPassword: NEW_PASSWORD })).status).toBe(200);
    const again = await t.anonymous().post('/auth/password-link', { token, newPassword: 'ett annat långt lösenord' });
    expect(again.status).toBe(422);
    expect(again.body.rule).toBe('PasswordLinkMustBeUnusedAndUnexpired');
    const session = await t.anonymous().startSession('lund.samordnare', NEW_PASSWORD);
    expect(session.status).toBe(200);
    expect(session.body.userId).toBe(created.body.account.id);
  });

  it('refuses a username already taken with 409 naming the rule, and a malformed one with 400 naming the field, writing nothing', async () => {
    const before = accountRows(t).length;
    const taken = await admin.post('/accounts', { username: 'lomma.samordnare', displayName: 'Någon' });
    expect(taken.status).toBe(409);
    expect(taken.body).toMatchObject({ rule: 'UsernameMustBeUnique', field: 'username' });
    const malformed = await admin.post('/accounts', { username: 'Inte Giltigt!', displayName: 'Någon' });
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(malformed.body.errors)).toContain('username');
    expect(accountRows(t).length).toBe(before);
  });

  it('lets a person change their own password with the current one, 12 characters at least', async () => {
    const { client } = await newPerson('byter.losenord');
    const wrong = await client.put('/auth/password', { currentPassword: 'fel lösenord', newPassword: 'ännu ett långt lösenord' });
    expect(wrong.status).toBe(422);
    expect(wrong.body).toMatchObject({ rule: 'CurrentPasswordMustMatch', field: 'currentPassword' });
    expect((await client.put('/auth/password', { currentPassword: NEW_PASSWORD, newPassword: 'kort' })).status).toBe(400);
    expect((await client.put('/auth/password', { currentPassword: NEW_PASSWORD, newPassword: 'ännu ett långt lösenord' })).status).toBe(200);
    expect((await t.anonymous().post('/auth/token', { username: 'byter.losenord', password: NEW_PASSWORD })).status).toBe(401);
    expect((await t.anonymous().post('/auth/token', { username: 'byter.losenord', password: 'ännu ett långt lösenord' })).status).toBe(200);
  });

  it('disables an account: its bearer token and its session stop working, and it may not be given a role; enabling brings it back', async () => {
    const { id, client } = await newPerson('stangs.av');
    const browser = t.anonymous();
    await browser.startSession('stangs.av', NEW_PASSWORD);
    expect((await admin.post(`/accounts/${id}/disable`)).body.status).toBe('disabled');
    expect((await client.get('/agreements')).status).toBe(401);
    expect((await browser.get('/auth/session')).status).toBe(401);
    expect((await t.anonymous().post('/auth/token', { username: 'stangs.av', password: NEW_PASSWORD })).status).toBe(401);
    const role = await admin.post('/agreements/lomma-2023-2027/roles', { userId: id, role: 'auditor', partyId: 'lomma-kommun', function: 'Revisor' });
    expect(role.status).toBe(422);
    expect(role.body.rule).toBe('AccountMustExist');

    expect((await admin.post(`/accounts/${id}/enable`)).body.status).toBe('active');
    expect((await client.get('/agreements')).status).toBe(200);
  });

  it('refuses an administrator disabling or removing their own account', async () => {
    expect((await admin.post('/accounts/admin/disable')).body.rule).toBe('AdministratorMayNotDisableThemselves');
    expect((await admin.delete('/accounts/admin')).body.rule).toBe('AdministratorMayNotRemoveThemselves');
  });

  it('ends the other sessions of an account whose password changes, and every session on a reset', async () => {
    const { id } = await newPerson('flera.flikar');
    const here = t.anonymous();
    await here.startSession('flera.flikar', NEW_PASSWORD);
    const elsewhere = t.anonymous();
    await elsewhere.startSession('flera.flikar', NEW_PASSWORD);
    expect((await here.put('/auth/password', { currentPassword: NEW_PASSWORD, newPassword: 'ett helt nytt lösenord' })).status).toBe(200);
    expect((await here.get('/auth/session')).status).toBe(200);
    expect((await elsewhere.get('/auth/session')).status).toBe(401);

    const link = await admin.post(`/accounts/${id}/password-link`);
    expect((await t.anonymous().post('/auth/password-link', { token: tokenOf(link.body.passwordLink), newPassword: NEW_PASSWORD })).status).toBe(200);
    expect((await here.get('/auth/session')).status).toBe(401);
  });

  it('resets a password with a new link; the older link stops working', async () => {
    const created = await admin.post('/accounts', { username: 'glomde.losenord', displayName: 'Glömsk' });
    const second = await admin.post(`/accounts/${created.body.account.id}/password-link`);
    expect(second.status).toBe(200);
    expect((await t.anonymous().post('/auth/password-link', { token: tokenOf(created.body.passwordLink), newPassword: NEW_PASSWORD })).status).toBe(422);
    expect((await t.anonymous().post('/auth/password-link', { token: tokenOf(second.body.passwordLink), newPassword: NEW_PASSWORD })).status).toBe(200);
  });

  it('records how each event’s maker signed in, and names them from the accounts in the audit history', async () => {
    const res = await admin.post('/agreements', agreement('lund-2025-2028'));
    expect(res.status).toBe(201);
    const audit = await admin.get(`/agreements/lund-2025-2028/audit?minPosition=${res.body.position}`);
    expect(audit.body.items[0]).toMatchObject({ actorId: 'admin', actorName: 'Systemadministratör', signInMethod: 'password' });
    const events = new Database(join(t.dataDir, 'events.sqlite'), { readonly: true });
    const metadata = events.prepare("SELECT metadata FROM events WHERE stream_id = 'agreement-lund-2025-2028'").get() as { metadata: string };
    events.close();
    expect(JSON.parse(metadata.metadata).signIn).toEqual({ method: 'password' });
    expect(metadata.metadata).not.toContain('Systemadministratör');
  });

  it('removes an account: its personal data is erased, its id stays in history as "Borttagen användare"', async () => {
    const { id, client } = await newPerson('tas.bort', true);
    const registered = await client.post('/agreements', agreement('malmo-2025-2028'));
    expect(registered.status).toBe(201);
    const removed = await admin.delete(`/accounts/${id}`);
    expect(removed.status).toBe(200);
    expect(removed.body).toMatchObject({ id, username: null, displayName: null, email: null, status: 'removed', hasPassword: false });
    const row = accountRows(t).find((r) => r.id === id);
    expect(row).toMatchObject({ username: null, display_name: null, email: null, password_hash: null });
    expect((await client.get('/agreements')).status).toBe(401);
    const audit = await admin.get(`/agreements/malmo-2025-2028/audit?minPosition=${registered.body.position}`);
    expect(audit.body.items.length).toBeGreaterThan(0);
    expect(audit.body.items[0]).toMatchObject({ actorId: id, actorName: 'Borttagen användare' });
    const csv = await admin.get(`/agreements/malmo-2025-2028/audit/export?format=csv`);
    expect(csv.body).toContain('Borttagen användare');
    expect((await admin.post(`/accounts/${id}/enable`)).status).toBe(404);
  });

  it('names the demo seed, the system\'s own actor, "Systemet (demodata)"', async () => {
    const audit = await admin.get('/agreements/lomma-2023-2027/audit?pageSize=1');
    expect(audit.body.items[0]).toMatchObject({ actorId: 'system:demo-seed', actorName: 'Systemet (demodata)' });
  });
});
