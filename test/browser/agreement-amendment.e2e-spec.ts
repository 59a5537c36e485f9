import { afterAll, beforeAll, describe, expect, it, jest } from '@jest/globals';
import { startBrowserHarness, type BrowserHarness } from './support/harness.js';
import { LOMMA, lommaClients, type LommaClients } from './support/lomma.js';

jest.setTimeout(120_000);

const AMENDMENT = 'raddningstjansten-ansluter';

/**
 * The agreement page in the browser: Lomma as signed (signatories by function, the styrgrupp, the
 * policy in plain Swedish); a coordinator has proposed that Räddningstjänsten joins and the
 * municipality has approved; the police's representative approves on the page, and the
 * amendment is decided by all parties.
 */
describe('Överenskommelsen in the browser', () => {
  let h: BrowserHarness;
  let clients: LommaClients;

  beforeAll(async () => {
    h = await startBrowserHarness();
    clients = await lommaClients(h.server);
    const path = `/agreements/${LOMMA.agreementId}/amendments`;
    const proposed = await clients.coordinator.post(path, {
      amendmentId: AMENDMENT,
      effectiveFrom: '2027-01-01',
      grounds: 'Räddningstjänsten ansluter till samverkan om trygghet i centrum.',
      changes: [
        {
          kind: 'addParty',
          party: { partyId: 'raddningstjansten', name: 'Räddningstjänsten Syd', kind: 'other' },
          signatory: { function: 'Räddningschef', signedOn: '2026-11-20' },
        },
      ],
    });
    expect(proposed.status).toBe(201);
    expect((await clients.municipalityCouncil.post(`${path}/${AMENDMENT}/approvals`, {})).status).toBe(200);
  });
  afterAll(() => h?.close());

  it('shows the agreement as signed and lets the police’s representative approve the amendment', async () => {
    const page = await h.newPage('laptop');
    await h.signIn(page, 'lomma.rad.polis', '/beslut');
    await page.getByRole('link', { name: 'Visa överenskommelsen' }).first().click();
    await page.getByRole('heading', { level: 1, name: 'Överenskommelsen' }).waitFor();

    const parties = page.getByRole('table');
    await parties.getByRole('row', { name: /Lomma kommun.*Kommunstyrelsens ordförande/ }).waitFor();
    await parties.getByRole('row', { name: /Lokalpolisområde Kävlinge.*Lokalpolisområdeschef Kävlinge/ }).waitFor();
    await page.getByText('En barnkonsekvensanalys ska göras i varje fokusområde innan åtgärder beslutas.').waitFor();
    await page.getByText(/Beslutsregel:/).waitFor();

    const amendment = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: new RegExp(`Ändring ${AMENDMENT}`) }) });
    await amendment.getByText('Räddningstjänsten Syd blir part', { exact: false }).waitFor();
    expect(await amendment.getByRole('heading').first().innerText()).toContain('Väntar på parternas beslut');
    await h.check(page, 'overenskommelsen-andring-vantar');

    await amendment.getByRole('button', { name: 'Godkänn för Lokalpolisområde Kävlinge' }).click();
    await page.getByRole('heading', { name: `Ändring ${AMENDMENT}: Beslutad av alla parter` }).waitFor();
    await page.getByRole('row', { name: /Räddningstjänsten Syd.*Räddningschef/ }).waitFor();
    await h.check(page, 'overenskommelsen-andring-beslutad');
  });
});
