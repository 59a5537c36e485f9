import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { appendGiven, type GivenStream } from '../../../../test/support/api-specification.js';
import { FixedClock } from '../../../../test/support/deterministic.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import { COORDINATOR, lommaFocusArea, MUNICIPALITY_COUNCIL, POLICE_COUNCIL } from '../../../../test/support/lomma-focus-area.js';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { NotificationsRunner } from './notifications.service.js';
import { startLoopbackSmtp, type LoopbackSmtp } from './testing/loopback-smtp.js';

const POLICE_MAIL = 'kommunpolis@lomma.example';
const COORDINATOR_MAIL = 'samordnare@lomma.example';
const MUNICIPALITY_MAIL = 'kommunen@lomma.example';
const PUBLIC_URL = 'https://samverkan.lomma.example';
/** A Monday in June, 10:00 in Sweden: the measure of the Lomma history is due on the 30th, eight days on. */
const MONDAY = '2026-06-22T08:00:00.000Z';

const append = (store: EventStore, stream: GivenStream) => appendGiven(store, stream, MONDAY);

/** Lets the notifier poll a few more times: a mail that was to come twice would have come by then. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 400));

describe('e-mail notifications (GET/PUT /notifications/settings, and the mails they bring)', () => {
  let smtp: LoopbackSmtp;
  let app: TestApp;
  let store: EventStore;
  let police: HttpClient;
  let coordinator: HttpClient;
  let municipality: HttpClient;

  beforeAll(async () => {
    smtp = await startLoopbackSmtp();
    app = await startTestApp(
      { SMTP_URL: smtp.url, MAIL_FROM: 'Samverkan <samverkan@lomma.example>', PUBLIC_URL, NOTIFY_POLL_MS: '50' },
      { clock: new FixedClock(MONDAY) },
    );
    store = app.app.get<EventStore>(EVENT_STORE);
    [police, coordinator, municipality] = await Promise.all([app.as(POLICE_COUNCIL), app.as(COORDINATOR), app.as(MUNICIPALITY_COUNCIL)]);
  });
  afterAll(async () => {
    await app?.close();
    await smtp?.close();
  });

  it('says in readiness that mail is on and that this instance is the sender', async () => {
    await app.app.get(NotificationsRunner).once();
    const ready = await app.anonymous().get('/health/ready');
    expect(ready.body.details.notifications).toEqual({ status: 'up', mail: 'on', sender: true, pending: 0, unconfirmed: 0, failed: 0 });
  });

  it('answers the defaults before anything is chosen: nothing mailed, 14 days, mail on in this installation', async () => {
    const response = await municipality.get('/notifications/settings');
    expect(response.status).toBe(200);
    expect(response.body).toEqual({ email: null, kinds: [], dueWithinDays: 14, mailEnabled: true });
  });

  it('refuses a kind it does not know and a day count out of range (400 naming the fields), no address for mail (422), and anyone not signed in (401)', async () => {
    const bad = await police.put('/notifications/settings', { email: 'inte-en-adress', kinds: ['allt'], dueWithinDays: 0 });
    expect(bad.status).toBe(400);
    expect((bad.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual(['dueWithinDays', 'email', 'kinds']);
    const noAddress = await police.put('/notifications/settings', { email: null, kinds: ['proposalAwaiting'], dueWithinDays: 14 });
    expect(noAddress.status).toBe(422);
    expect(noAddress.body).toMatchObject({ rule: 'NotificationsNeedAnAddress', field: 'email' });
    expect((await app.anonymous().get('/notifications/settings')).status).toBe(401);
  });

  it('keeps the address with the account and the kinds chosen', async () => {
    const saved = await police.put('/notifications/settings', {
      email: POLICE_MAIL.toUpperCase(),
      kinds: ['proposalAwaiting', 'weeklyDigest'],
      dueWithinDays: 7,
    });
    expect(saved.status).toBe(200);
    expect((await police.get('/notifications/settings')).body).toEqual({
      email: POLICE_MAIL,
      kinds: ['proposalAwaiting', 'weeklyDigest'],
      dueWithinDays: 7,
      mailEnabled: true,
    });
    await coordinator.put('/notifications/settings', {
      email: COORDINATOR_MAIL,
      kinds: ['proposalRejected', 'measuresDue', 'obligationsDue'],
      dueWithinDays: 14,
    });
    // The municipality's representative gives an address but chooses nothing: no mail for them.
    await municipality.put('/notifications/settings', { email: MUNICIPALITY_MAIL, kinds: [], dueWithinDays: 14 });
  });

  it('mails the council members of a party a proposal waits for, once, in Swedish, with a link to Beslut; then the proposer its rejection', async () => {
    const fa = lommaFocusArea('notify-proposal');
    await append(store, fa.at('mappingDone'));
    const proposed = await coordinator.post(`${fa.path}/proposals`, { transition: 'advance', grounds: 'Kartläggningen är klar.' });
    expect(proposed.status).toBe(201);

    const [awaiting] = await smtp.waitFor((m) => m.to.includes(POLICE_MAIL));
    expect(awaiting?.subject).toBe('Förslag väntar på beslut: Otrygghet i Lomma centrum');
    expect(awaiting?.text).toContain(
      'I fokusområdet Otrygghet i Lomma centrum väntar ett förslag på beslut från Lokalpolisområde Kävlinge: att gå vidare till nästa steg.',
    );
    expect(awaiting?.text).toContain('Från steget kartläggning till analys.');
    expect(awaiting?.text).toContain(`${PUBLIC_URL}/beslut`);

    const rejected = await police.post(`${fa.path}/proposals/${proposed.body.proposalId}/rejections`, { reason: 'Källorna räcker inte.' });
    expect(rejected.status).toBe(200);
    const [rejection] = await smtp.waitFor((m) => m.to.includes(COORDINATOR_MAIL) && m.subject.startsWith('Ditt förslag'));
    expect(rejection?.subject).toBe('Ditt förslag har avslagits: Otrygghet i Lomma centrum');
    expect(rejection?.text).toContain('Lokalpolisområde Kävlinge har avslagit ditt förslag');
    expect(rejection?.text).toContain('Skäl: Källorna räcker inte.');
    expect(rejection?.text).toContain(`${PUBLIC_URL}/fokusomraden/notify-proposal`);

    await settle();
    expect(smtp.received.filter((m) => m.to.includes(POLICE_MAIL) && m.subject.startsWith('Förslag väntar'))).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes(COORDINATOR_MAIL) && m.subject.startsWith('Ditt förslag'))).toHaveLength(1);
    expect(smtp.received.filter((m) => m.to.includes(MUNICIPALITY_MAIL))).toHaveLength(0);
    expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(smtp.received.length);
    // Once out, the outbox keeps the mail's id and no longer the address.
    expect((await app.app.get(NotificationsRunner).outbox.rows()).filter((r) => r.status === 'sent').map((r) => r.address)).toEqual(['', '']);
  });

  it('mails the week’s measures due within the chosen days to the coordinator, once however often the schedule runs', async () => {
    const fa = lommaFocusArea('notify-measures');
    await append(store, fa.at('measuresDone'));
    const runner = app.app.get(NotificationsRunner);
    await app.app.get(NotificationsRunner).notifier.catchUp();
    expect(await runner.scheduler.run('2026-06-22')).toBeGreaterThan(0);
    expect(await runner.scheduler.run('2026-06-24')).toBe(0);
    const [due] = await smtp.waitFor((m) => m.to.includes(COORDINATOR_MAIL) && m.subject.startsWith('Åtgärder att följa upp'));
    expect(due?.text).toContain('Åtgärder som ska vara klara inom 14 dagar eller är försenade:');
    expect(due?.text).toContain(
      'Nattvandring med föräldrar (Otrygghet i Lomma centrum; ansvarig: Brottsförebyggande samordnare) ska vara klar 2026-06-30',
    );
    expect(due?.text).toContain(`${PUBLIC_URL}/forsenat`);
    await settle();
    expect(smtp.received.filter((m) => m.subject.startsWith('Åtgärder att följa upp'))).toHaveLength(1);
  });

  it("mails a meeting's agenda and the obligations due to the coordinator, and the police its weekly digest, each once", async () => {
    await coordinator.put('/notifications/settings', {
      email: COORDINATOR_MAIL,
      kinds: ['proposalRejected', 'measuresDue', 'obligationsDue', 'meetingAgenda'],
      dueWithinDays: 14,
    });
    const scheduled = await coordinator.post('/agreements/lomma-2023-2027/meetings', { body: 'council', date: '2026-06-25', place: 'Kommunhuset, sal 2' });
    expect(scheduled.status).toBe(201);
    const item = await coordinator.post(`/meetings/${scheduled.body.meetingId}/agenda-items`, {
      title: 'Gemensam lägesbild 2026',
      subject: { kind: 'other' },
    });
    expect(item.status).toBe(201);
    const fa = lommaFocusArea('notify-digest');
    await append(store, fa.at('measuresDone'));
    expect((await coordinator.post(`${fa.path}/proposals`, { transition: 'advance', grounds: 'Åtgärderna är beslutade.' })).status).toBe(201);

    const runner = app.app.get(NotificationsRunner);
    await runner.notifier.catchUp();
    await runner.scheduler.run('2026-06-22');
    expect(await runner.scheduler.run('2026-06-23')).toBe(0);

    const [agenda] = await smtp.waitFor((m) => m.to.includes(COORDINATOR_MAIL) && m.subject === 'Dagordning inför mötet 2026-06-25');
    expect(agenda?.text).toContain('Möte med rådet 2026-06-25, Kommunhuset, sal 2.');
    expect(agenda?.text).toContain('§ 1 Gemensam lägesbild 2026');
    expect(agenda?.text).toContain(`${PUBLIC_URL}/moten/${scheduled.body.meetingId}`);
    const [obligations] = await smtp.waitFor((m) => m.to.includes(COORDINATOR_MAIL) && m.subject.startsWith('Åtaganden att göra i'));
    expect(obligations?.text).toContain('Det här ska göras enligt överenskommelsen:');
    expect(obligations?.text).toContain(`${PUBLIC_URL}/forsenat`);
    const [digest] = await smtp.waitFor((m) => m.to.includes(POLICE_MAIL) && m.subject.startsWith('Veckans sammanfattning för'));
    expect(digest?.text).toContain('Förslag som väntar på beslut:\n- Otrygghet i Lomma centrum: gå vidare till nästa steg');

    await settle();
    for (const subject of ['Dagordning inför', 'Åtaganden att göra', 'Veckans sammanfattning']) {
      expect(smtp.received.filter((m) => m.subject.startsWith(subject))).toHaveLength(1);
    }
  });
});
