import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { FixedClock } from '../support/deterministic.js';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { trackWrites } from '../support/writes.js';

const ID = 'amendment-scenario';
const AGREEMENT = `/agreements/${ID}`;
const parties = [
  { partyId: 'kommunen', name: 'Lomma kommun', kind: 'municipality' },
  { partyId: 'polisen', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
  { partyId: 'kriminalvarden', name: 'Kriminalvården', kind: 'other' },
];
const signatories = [
  { partyId: 'kommunen', function: 'Kommunstyrelsens ordförande', signedOn: '2024-03-04' },
  { partyId: 'polisen', function: 'Lokalpolisområdeschef', signedOn: '2024-03-04' },
  { partyId: 'kriminalvarden', function: 'Regionchef', signedOn: '2024-03-06' },
];
const council = {
  name: 'Styrgruppen',
  chairPartyId: 'kommunen',
  members: [
    { partyId: 'kommunen', function: 'Kommunstyrelsens ordförande' },
    { partyId: 'polisen', function: 'Lokalpolisområdeschef' },
    { partyId: 'kriminalvarden', function: 'Frivårdschef' },
  ],
};
const deciders = [
  { userId: 'lomma.rad.kommun', partyId: 'kommunen', function: 'Kommunstyrelsens ordförande' },
  { userId: 'lomma.rad.polis', partyId: 'polisen', function: 'Lokalpolisområdeschef' },
  { userId: 'lomma.ersattare.polis', partyId: 'kriminalvarden', function: 'Frivårdschef' },
];
const rescueService = { partyId: 'raddningstjansten', name: 'Räddningstjänsten Syd', kind: 'other' };

interface PartyView {
  partyId: string;
}
const idsOf = (list: readonly PartyView[]) => list.map((p) => p.partyId);

/**
 * An agreement of three parties, signed by function, with a chair and members; a coordinator
 * proposes that Räddningstjänsten joins from 1 June 2025, the three parties in force approve, and
 * the agreement, the terms on a day and the plan as of a moment show the right parties before and after.
 */
describe('amending an agreement, over HTTP', () => {
  const clock = new FixedClock('2025-04-01T08:00:00.000Z');
  let t: TestApp;
  let admin: HttpClient;
  let coordinator: HttpClient;
  let auditor: HttpClient;
  const writes = trackWrites();
  const ok = writes.ok;

  beforeAll(async () => {
    t = await startTestApp({}, { clock });
    [admin, coordinator, auditor] = await Promise.all(['admin', 'lomma.samordnare', 'lomma.revisor'].map((u) => t.as(u)));
    ok(
      await admin.post('/agreements', {
        agreementId: ID,
        name: 'Samverkansöverenskommelse med tre parter',
        municipality: 'Lomma',
        parties,
        period: { from: '2024-01-01', to: '2027-12-31' },
        council,
        operativeGroup: { name: 'Samverkansgruppen', members: [{ partyId: 'polisen', function: 'Kommunpolis' }] },
        signatories,
        obligations: [{ kind: 'councilMeetings', perYear: 4, alsoAsNeeded: true, description: 'Styrgruppen möts fyra gånger per år och vid behov.' }],
      }),
    );
    ok(await admin.post(`${AGREEMENT}/roles`, { userId: 'lomma.samordnare', role: 'coordinator', partyId: 'kommunen', function: 'Säkerhetschef' }));
    ok(await admin.post(`${AGREEMENT}/roles`, { userId: 'lomma.revisor', role: 'auditor', function: 'Revisor' }));
    for (const d of deciders) ok(await admin.post(`${AGREEMENT}/roles`, { ...d, role: 'councilRepresentative' }));

    clock.set('2025-05-02T08:00:00.000Z');
    ok(
      await coordinator.post(`${AGREEMENT}/amendments`, {
        amendmentId: 'raddningstjansten-ansluter',
        effectiveFrom: '2025-06-01',
        grounds: 'Räddningstjänsten ansluter till samverkan om trygghet i centrum.',
        changes: [{ kind: 'addParty', party: rescueService, signatory: { function: 'Räddningschef', signedOn: '2025-05-20' } }],
      }),
    );
    clock.set('2025-05-14T15:00:00.000Z');
    for (const d of deciders) ok(await (await t.as(d.userId)).post(`${AGREEMENT}/amendments/raddningstjansten-ansluter/approvals`, {}));
  });
  afterAll(() => t.close());

  it('shows the agreement as amended, with the amendment decided by all three parties', async () => {
    const res = await auditor.get(`${AGREEMENT}?minPosition=${writes.last}&on=2025-07-01`);
    expect(res.status).toBe(200);
    expect(idsOf(res.body.agreement.parties)).toEqual(['kommunen', 'polisen', 'kriminalvarden', 'raddningstjansten']);
    expect(res.body.agreement.council).toEqual(council);
    expect(res.body.agreement.decisionRule).toBe('consensus');
    expect(res.body.agreement.obligations[0]).toMatchObject({ perYear: 4, alsoAsNeeded: true });
    expect(res.body.agreement.signatories).toEqual([...signatories, { partyId: 'raddningstjansten', function: 'Räddningschef', signedOn: '2025-05-20' }]);
    expect(res.body.amendments).toMatchObject([
      {
        amendmentId: 'raddningstjansten-ansluter',
        proposedOn: '2025-05-02',
        proposedBy: 'lomma.samordnare',
        status: 'decided',
        consentOf: ['kommunen', 'polisen', 'kriminalvarden'],
        decisions: deciders.map((d) => ({ partyId: d.partyId, decision: 'approved', actorId: d.userId })),
      },
    ]);
    expect(res.body.termsHistory.map((v: { effectiveFrom: string; amendmentId: string | null }) => [v.effectiveFrom, v.amendmentId])).toEqual([
      ['2024-01-01', null],
      ['2025-06-01', 'raddningstjansten-ansluter'],
    ]);
  });

  it('shows the terms in force on a day before and on the day the amendment took effect', async () => {
    const before = await auditor.get(`${AGREEMENT}?minPosition=${writes.last}&on=2025-05-31`);
    const after = await auditor.get(`${AGREEMENT}?minPosition=${writes.last}&on=2025-06-01`);
    expect(idsOf(before.body.termsInForce.terms.parties)).toEqual(['kommunen', 'polisen', 'kriminalvarden']);
    expect(before.body.termsInForce).toMatchObject({ on: '2025-05-31', effectiveFrom: '2024-01-01', amendmentId: null });
    expect(idsOf(after.body.termsInForce.terms.parties)).toEqual(['kommunen', 'polisen', 'kriminalvarden', 'raddningstjansten']);
    expect(after.body.termsInForce).toMatchObject({ on: '2025-06-01', amendmentId: 'raddningstjansten-ansluter' });
  });

  it('shows the plan as of a date with the parties in force then', async () => {
    const planOn = async (asOf: string) => {
      const res = await auditor.get(`${AGREEMENT}/plan?asOf=${asOf}&minPosition=${writes.last}`);
      expect(res.status).toBe(200);
      return idsOf(res.body.partiesInForce);
    };
    expect(await planOn('2025-04-15')).toEqual(['kommunen', 'polisen', 'kriminalvarden']);
    // Decided on 14 May, in force from 1 June: the plan on 20 May still had three parties.
    expect(await planOn('2025-05-20')).toEqual(['kommunen', 'polisen', 'kriminalvarden']);
    expect(await planOn('2025-07-01')).toEqual(['kommunen', 'polisen', 'kriminalvarden', 'raddningstjansten']);
  });

  it('refuses a bad day for the terms in force (400)', async () => {
    const res = await auditor.get(`${AGREEMENT}?on=2025-02-30`);
    expect(res.status).toBe(400);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual(['on']);
  });
});
