import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { createHash } from 'node:crypto';
import { startTestApp, type TestApp } from '../../../../test/support/test-app.js';
import { FixedClock } from '../../../../test/support/deterministic.js';
import type { HttpClient } from '../../../../test/support/http-client.js';
import { ANNEX_FILE_MAX_BYTES } from './files/media-types.js';

/**
 * The files and the queries over HTTP, in the order a coordinator and the council use them, on the
 * seeded Lomma agreement: upload, draft with the file, decide, sign, and read back.
 */
describe('annex files and annex queries', () => {
  let t: TestApp;
  let coordinator: HttpClient;
  const pdf = Buffer.from('%PDF-1.4\nÅtgärdsplan Lomma 2025\n%%EOF\n', 'utf8');
  const sha256 = createHash('sha256').update(pdf).digest('hex');
  const upload = (client: HttpClient, body: Buffer | string, contentType: string, agreementId = 'lomma-2023-2027') =>
    client.post(`/agreements/${agreementId}/annex-files`, body, { 'content-type': contentType });
  const base = '/agreements/lomma-2023-2027/annexes';
  let annexId: string;
  let position: string;

  beforeAll(async () => {
    t = await startTestApp({}, { clock: new FixedClock() });
    coordinator = await t.as('lomma.samordnare');
  });
  afterAll(() => t.close());

  describe('upload (POST /agreements/{id}/annex-files)', () => {
    it('keeps a PDF under the sha256 the server computes', async () => {
      const res = await upload(coordinator, pdf, 'application/pdf');
      expect([res.status, res.body]).toEqual([201, { sha256, mediaType: 'application/pdf', bytes: pdf.length }]);
    });

    it('answers the same hash for the same bytes again', async () => {
      expect((await upload(coordinator, pdf, 'application/pdf')).body.sha256).toBe(sha256);
    });

    it('refuses a type outside the list (415)', async () => {
      const res = await upload(coordinator, Buffer.from('<svg/>'), 'image/svg+xml');
      expect([res.status, res.body.title]).toEqual([415, 'Unsupported Media Type']);
    });

    it('refuses bytes that are not what the type says (415)', async () => {
      expect((await upload(coordinator, Buffer.from('MZ not a pdf'), 'application/pdf')).status).toBe(415);
    });

    it('refuses a file over the limit with a clear message (413)', async () => {
      const res = await upload(coordinator, Buffer.concat([Buffer.from('%PDF'), Buffer.alloc(ANNEX_FILE_MAX_BYTES)]), 'application/pdf');
      expect(res.status).toBe(413);
      expect(res.body.detail).toContain('högst 20 MB');
    });

    it('is refused to a council representative (403), without signing in (401), and for an unknown agreement (404)', async () => {
      expect((await upload(await t.as('lomma.rad.polis'), pdf, 'application/pdf')).status).toBe(403);
      expect((await upload(t.anonymous(), pdf, 'application/pdf')).status).toBe(401);
      expect((await upload(coordinator, pdf, 'application/pdf', 'no-such-agreement')).status).toBe(404);
    });
  });

  describe('a version with the file, decided and signed', () => {
    beforeAll(async () => {
      const created = await coordinator.post(base, { kind: 'actionPlan', title: 'Åtgärdsplan Lomma' });
      annexId = created.body.annexId;
      await coordinator.post(`${base}/${annexId}/versions`, { text: 'Åtgärdsplan 2025.', files: [{ fileName: 'åtgärdsplan.pdf', sha256 }] });
      await coordinator.post(`${base}/${annexId}/versions/1/decision`, { decidedOn: '2025-03-13' });
      position = (await (await t.as('lomma.rad.kommun')).post(`${base}/${annexId}/versions/1/signatures`, { signedOn: '2025-03-13' })).body.position;
    });

    it('lists the annex with the decided version awaiting the police signature', async () => {
      const res = await coordinator.get(`${base}?minPosition=${position}`);
      const plan = res.body.annexes.find((a: { annexId: string }) => a.annexId === annexId);
      expect(plan).toMatchObject({ kind: 'actionPlan', currentVersion: null });
      expect(plan.versions[0]).toMatchObject({ version: 1, status: 'awaitingSignatures', awaitingPartyIds: ['lpo-kavlinge'], validFrom: null });
      expect(plan.versions[0].files).toEqual([{ fileName: 'åtgärdsplan.pdf', mediaType: 'application/pdf', sha256, bytes: pdf.length }]);
    });

    it('makes the version valid with the last signature, from its day', async () => {
      const signed = await (await t.as('lomma.rad.polis')).post(`${base}/${annexId}/versions/1/signatures`, { signedOn: '2025-03-14' });
      const res = await coordinator.get(`${base}/${annexId}/versions/1?minPosition=${signed.body.position}`);
      expect(res.body).toMatchObject({ status: 'inForce', validFrom: '2025-03-14', awaitingPartyIds: [] });
      expect(res.body.decision).toMatchObject({ decidedOn: '2025-03-13', protocol: null, by: 'lomma.samordnare' });
    });

    it('serves the file to an auditor of the agreement, with its type and name', async () => {
      const res = await (await t.as('lomma.revisor')).get(`/agreements/lomma-2023-2027/annex-files/${sha256}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/pdf');
      expect(res.headers.get('content-disposition')).toBe(`attachment; filename*=UTF-8''${encodeURIComponent('åtgärdsplan.pdf')}`);
    });

    it('hides the file from a user of another agreement, and a hash no annex names (404)', async () => {
      expect((await (await t.as('vellinge.revisor')).get(`/agreements/lomma-2023-2027/annex-files/${sha256}`)).status).toBe(404);
      expect((await (await t.as('vellinge.samordnare')).get(`/agreements/vellinge-2023-2026/annex-files/${sha256}`)).status).toBe(404);
      const lonely = await upload(coordinator, 'Lösa anteckningar', 'text/plain; charset=utf-8');
      expect((await coordinator.get(`/agreements/lomma-2023-2027/annex-files/${lonely.body.sha256}`)).status).toBe(404);
    });

    it('answers 404 for a version that does not exist, 400 for one that is not a number, 401 without signing in', async () => {
      expect((await coordinator.get(`${base}/${annexId}/versions/9`)).status).toBe(404);
      expect((await coordinator.get(`${base}/${annexId}/versions/x`)).body.errors[0].field).toBe('version');
      expect((await t.anonymous().get(base)).status).toBe(401);
    });
  });

  describe('obligations met by a valid situation picture', () => {
    it('shows the situation picture updated on the day its version became valid, with no fulfilment recorded', async () => {
      const picture = `${base}/lomma-2023-2027-lagesbild`;
      // The demo seed may already hold Lomma's situation picture; then its next version is drafted.
      await coordinator.post(base, { kind: 'situationPicture', title: 'Lägesbild Lomma' });
      const drafted = await coordinator.post(`${picture}/versions`, { text: 'Gemensam lägesbild 2025.' });
      const version = drafted.body.version as number;
      await coordinator.post(`${picture}/versions/${version}/decision`, { decidedOn: '2025-03-10' });
      await (await t.as('lomma.rad.kommun')).post(`${picture}/versions/${version}/signatures`, { signedOn: '2025-03-11' });
      const last = await (await t.as('lomma.rad.polis')).post(`${picture}/versions/${version}/signatures`, { signedOn: '2025-03-12' });
      const res = await coordinator.get(`/agreements/lomma-2023-2027/late-and-due?today=2025-03-14&minPosition=${last.body.position}`);
      const row = res.body.obligations.find((o: { kind: string }) => o.kind === 'situationPictureUpdate');
      expect(row).toMatchObject({ status: 'met', lastFulfilledOn: '2025-03-12', dueBy: '2026-03-12' });
    });
  });
});
