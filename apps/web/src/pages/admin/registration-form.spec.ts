import { describe, expect, it } from '@jest/globals';
import {
  emptyMember,
  emptyObligation,
  emptyParty,
  emptyRegistration,
  formFields,
  missingFields,
  toRequest,
  type RegistrationForm,
} from './registration-form';

const filled = (): RegistrationForm => ({
  ...emptyRegistration(),
  agreementId: 'hoor-2025-2028',
  name: 'Samverkansöverenskommelse Höör 2025–2028',
  municipality: 'Höör',
  parties: [
    { ...emptyParty('municipality'), partyId: 'hoors-kommun', name: 'Höörs kommun', organisationNumber: ' ' },
    { ...emptyParty('localPoliceArea'), partyId: 'lpo-hoor', name: 'Lokalpolisområde Höör', organisationNumber: '202100-0076' },
  ],
  from: '2025-01-01',
  to: '2028-12-31',
  councilName: 'Brottsförebyggande rådet',
});

describe('the registration form', () => {
  it('sends what was filled in, leaving out empty optional fields and the policy when the default is kept', () => {
    expect(toRequest(filled())).toEqual({
      agreementId: 'hoor-2025-2028',
      name: 'Samverkansöverenskommelse Höör 2025–2028',
      municipality: 'Höör',
      parties: [
        { partyId: 'hoors-kommun', name: 'Höörs kommun', kind: 'municipality' },
        { partyId: 'lpo-hoor', name: 'Lokalpolisområde Höör', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
      ],
      period: { from: '2025-01-01', to: '2028-12-31' },
      council: { name: 'Brottsförebyggande rådet' },
    });
  });

  it("sends a chosen policy and each obligation with only its own kind's cadence", () => {
    const form: RegistrationForm = {
      ...filled(),
      customPolicy: true,
      decisionRequired: { prioritise: true, advance: false, close: true, newCycle: true, stepBack: false },
      obligations: [
        { ...emptyObligation(), kind: 'councilMeetings', description: 'Rådet möts fyra gånger per år.', perYear: '4', dueBy: '2026-01-01' },
        { ...emptyObligation(), kind: 'outcomeReport', description: 'Resultatet redovisas efter perioden.' },
        { ...emptyObligation(), kind: 'annualReport', description: 'Årlig rapport.', to: ['kommunstyrelsen'] },
      ],
    };
    const request = toRequest(form);
    expect(request.policy).toEqual({ decisionRequired: { prioritise: true, advance: false, close: true, newCycle: true, stepBack: false } });
    expect(request.obligations).toEqual([
      { kind: 'councilMeetings', description: 'Rådet möts fyra gånger per år.', perYear: 4 },
      { kind: 'outcomeReport', description: 'Resultatet redovisas efter perioden.', after: 'period' },
      { kind: 'annualReport', description: 'Årlig rapport.', to: ['kommunstyrelsen'] },
    ]);
  });

  it('sends the agreement as signed: signatories by function, the chair and members by party, meetings as needed', () => {
    const base = filled();
    const [municipality, police] = base.parties as [RegistrationForm['parties'][0], RegistrationForm['parties'][0]];
    const form: RegistrationForm = {
      ...base,
      parties: [{ ...municipality, signatoryFunction: ' Kommunstyrelsens ordförande ', signedOn: '2025-01-15' }, police],
      chairPartyRowId: municipality.rowId,
      councilMembers: [{ ...emptyMember(police.rowId), function: 'Lokalpolisområdeschef' }],
      operativeGroupName: 'Samverkansgruppen',
      operativeGroupMembers: [{ ...emptyMember(police.rowId), function: 'Kommunpolis' }],
      obligations: [{ ...emptyObligation(), kind: 'councilMeetings', description: 'Fyra gånger per år och vid behov.', perYear: '4', alsoAsNeeded: true }],
    };
    const request = toRequest(form);
    expect(request.signatories).toEqual([{ partyId: 'hoors-kommun', function: 'Kommunstyrelsens ordförande', signedOn: '2025-01-15' }]);
    expect(request.council).toEqual({
      name: 'Brottsförebyggande rådet',
      chairPartyId: 'hoors-kommun',
      members: [{ partyId: 'lpo-hoor', function: 'Lokalpolisområdeschef' }],
    });
    expect(request.operativeGroup).toEqual({ name: 'Samverkansgruppen', members: [{ partyId: 'lpo-hoor', function: 'Kommunpolis' }] });
    expect(request.obligations?.[0]).toMatchObject({ perYear: 4, alsoAsNeeded: true });
    expect(formFields(form)).toEqual(
      expect.arrayContaining(['signatories.0.signedOn', 'council.chairPartyId', 'council.members.0.function', 'operativeGroup.members.0.partyId']),
    );
  });

  it('sends only the policy settings that differ from the default', () => {
    expect(toRequest({ ...filled(), childImpactAssessment: 'everyFocusArea' }).policy).toEqual({ childImpactAssessment: 'everyFocusArea' });
    expect(toRequest({ ...filled(), baselineMayFollow: true }).policy).toEqual({ baselineMayFollow: true });
  });

  it('asks for the day a signatory signed once its function is given', () => {
    const base = filled();
    const form = { ...base, parties: [{ ...base.parties[0]!, signatoryFunction: 'Kommunstyrelsens ordförande' }, base.parties[1]!] };
    expect(Object.keys(missingFields(form))).toEqual(['signatories.0.signedOn']);
  });

  it('hints at the required fields left empty, and nothing else', () => {
    expect(missingFields(filled())).toEqual({});
    const empty = { ...emptyRegistration(), obligations: [emptyObligation()] };
    expect(Object.keys(missingFields(empty))).toEqual([
      'agreementId',
      'name',
      'municipality',
      'parties.0.partyId',
      'parties.0.name',
      'parties.1.partyId',
      'parties.1.name',
      'period.from',
      'period.to',
      'council.name',
      'obligations.0.kind',
      'obligations.0.description',
    ]);
  });

  it('knows the fields it shows, so a problem can be placed at one', () => {
    const form = { ...filled(), obligations: [{ ...emptyObligation(), kind: 'citizenPromiseRenewal' as const }] };
    expect(formFields(form)).toEqual(expect.arrayContaining(['parties.1.organisationNumber', 'obligations.0.everyYears', 'obligations.0.readyBy']));
    expect(formFields(form)).not.toContain('obligations.0.perYear');
  });
});
