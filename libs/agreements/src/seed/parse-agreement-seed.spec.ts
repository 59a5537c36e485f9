import { describe, it, expect } from '@jest/globals';
import { parseAgreementSeed } from './parse-agreement-seed.js';
import { seedCommands } from './seed-commands.js';
import { AgreementSeedError } from './seed-error.js';

const valid = () => ({
  agreementId: 'lomma-2023-2027',
  name: 'Samverkansöverenskommelse mellan lokalpolisområde Kävlinge och Lomma kommun 2023–2027',
  municipality: 'Lomma',
  parties: [
    { partyId: 'lomma-kommun', name: 'Lomma kommun', kind: 'municipality' },
    { partyId: 'lpo-kavlinge', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
  ],
  period: { from: '2023-01-01', to: '2027-12-31' },
  council: { name: 'Trygghetsrådets styrgrupp' },
  obligations: [{ kind: 'agreementRenewal', dueBy: '2027-12-31', description: 'Ny överenskommelse tas fram under 2027.' }],
  focusAreas: [{ focusAreaId: 'barn-och-ungdomar', title: 'Barn och ungdomar', description: 'Tidig upptäckt.', childrenAndYoungPeople: true }],
  roles: [{ username: 'lomma.rad.polis', role: 'councilRepresentative', partyId: 'lpo-kavlinge', function: 'Lokalpolisområdeschef' }],
});

type Seed = ReturnType<typeof valid>;

/** Expects the seed to be refused on `field`, and returns the error for further checks. */
const refusal = (mutate: (seed: Seed) => unknown, field: string): AgreementSeedError => {
  const seed = valid();
  const json = mutate(seed) ?? seed;
  try {
    parseAgreementSeed(json);
  } catch (error) {
    expect(error).toBeInstanceOf(AgreementSeedError);
    expect((error as AgreementSeedError).field).toBe(field);
    expect((error as AgreementSeedError).message).toContain(`"${field}"`);
    return error as AgreementSeedError;
  }
  throw new Error(`expected the seed to be refused on ${field}`);
};

describe('parse agreement seed', () => {
  it('reads a well-formed seed as it is', () => {
    expect(parseAgreementSeed(valid())).toEqual(valid());
  });

  it('turns a seed into a registration, role assignments and focus area proposals', () => {
    const commands = seedCommands(parseAgreementSeed(valid()));
    const { focusAreas: _f, roles: _r, ...registration } = valid();
    expect(commands.register).toEqual({ type: 'RegisterAgreement', data: registration });
    expect(commands.roles).toEqual([
      {
        type: 'AssignRole',
        data: {
          agreementId: 'lomma-2023-2027',
          userId: 'lomma.rad.polis',
          role: 'councilRepresentative',
          partyId: 'lpo-kavlinge',
          function: 'Lokalpolisområdeschef',
        },
      },
    ]);
    expect(commands.focusAreas).toEqual([{ type: 'ProposeFocusArea', data: { agreementId: 'lomma-2023-2027', ...valid().focusAreas[0] } }]);
  });

  it('reads a policy that names every transition', () => {
    const policy = { decisionRequired: { prioritise: true, advance: true, close: true, newCycle: true, stepBack: true } };
    expect(parseAgreementSeed({ ...valid(), policy }).policy).toEqual(policy);
  });

  it('reads the agreement as signed: signatories, chair and members, meetings as needed, the decision rule and the whole policy', () => {
    const asSigned = {
      council: { name: 'Styrgruppen', chairPartyId: 'lomma-kommun', members: [{ partyId: 'lpo-kavlinge', function: 'Lokalpolisområdeschef' }] },
      operativeGroup: { name: 'Samverkansgruppen', members: [{ partyId: 'lpo-kavlinge', function: 'Kommunpolis' }] },
      signatories: [{ partyId: 'lomma-kommun', function: 'Kommunstyrelsens ordförande', signedOn: '2024-03-04' }],
      decisionRule: 'consensus',
      policy: {
        decisionRequired: { prioritise: true, advance: true, close: true, newCycle: true, stepBack: false },
        childImpactAssessment: 'everyFocusArea',
        baselineMayFollow: true,
      },
      obligations: [{ kind: 'councilMeetings', perYear: 4, alsoAsNeeded: true, description: 'Fyra gånger per år och vid behov.' }],
    };
    expect(parseAgreementSeed({ ...valid(), ...asSigned })).toMatchObject(asSigned);
  });

  describe('refuses a malformed seed, naming the field', () => {
    it('a signatory without the day it signed', () => {
      refusal((s) => ({ ...s, signatories: [{ partyId: 'lomma-kommun', function: 'Kommunstyrelsens ordförande' }] }), 'signatories[0].signedOn');
    });
    it('an unknown child impact assessment policy', () => {
      refusal(
        (s) => ({
          ...s,
          policy: {
            decisionRequired: { prioritise: true, advance: true, close: true, newCycle: true, stepBack: false },
            childImpactAssessment: 'sometimes',
          },
        }),
        'policy.childImpactAssessment',
      );
    });
    it('not an object', () => {
      refusal(() => [], '');
    });
    it('a missing name', () => {
      refusal((s) => ({ ...s, name: undefined }), 'name');
    });
    it('an unknown party kind', () => {
      refusal((s) => void (s.parties[1]!.kind = 'police'), 'parties[1].kind');
    });
    it('a misspelt field', () => {
      refusal((s) => ({ ...s, parties: [s.parties[0], { ...s.parties[1], organisationsNumber: '202100-0076' }] }), 'parties[1].organisationsNumber');
    });
    it('a field that belongs to another kind of obligation', () => {
      refusal((s) => ({ ...s, obligations: [{ ...s.obligations[0], perYear: 4 }] }), 'obligations[0].perYear');
    });
    it('an unknown recipient of the annual report', () => {
      refusal((s) => ({ ...s, obligations: [{ kind: 'annualReport', to: ['regeringen'], description: 'Årlig rapport' }] }), 'obligations[0].to[0]');
    });
    it('a policy that leaves out a transition', () => {
      refusal((s) => ({ ...s, policy: { decisionRequired: { prioritise: true } } }), 'policy.decisionRequired.advance');
    });
    it('a focus area flag that is not a boolean', () => {
      refusal(
        (s) => void ((s.focusAreas[0] as { childrenAndYoungPeople: unknown }).childrenAndYoungPeople = 'ja'),
        'focusAreas[0].childrenAndYoungPeople',
      );
    });
    it('an unknown role', () => {
      refusal((s) => void (s.roles[0]!.role = 'chair'), 'roles[0].role');
    });
  });

  describe('refuses what the decider’s rules refuse, naming the field and the rule', () => {
    it('an invalid organisation number', () => {
      const error = refusal((s) => void (s.parties[1]!.organisationNumber = '202100-0075'), 'parties');
      expect(error.ruleName).toBe('OrganisationNumbersAreValid');
    });
    it('a period that ends before it starts', () => {
      expect(refusal((s) => void (s.period.to = '2022-12-31'), 'period').ruleName).toBe('PeriodIsValid');
    });
    it('an obligation due on an impossible date', () => {
      expect(refusal((s) => void (s.obligations[0]!.dueBy = '2027-02-30'), 'obligations').ruleName).toBe('ObligationsAreWellFormed');
    });
    it('a council member for a party that is not in the agreement', () => {
      const error = refusal(
        (s) => ({ ...s, council: { name: 'Styrgruppen', members: [{ partyId: 'regionen', function: 'Regiondirektör' }] } }),
        'council.members[0].partyId',
      );
      expect(error.ruleName).toBe('CouncilMembersArePartiesOfTheAgreement');
    });
    it('a council role for a party that is not in the agreement', () => {
      expect(refusal((s) => void (s.roles[0]!.partyId = 'lpo-trelleborg'), 'roles[0]').ruleName).toBe('PartyBelongsToAgreement');
    });
    it('the same role given twice', () => {
      expect(refusal((s) => void s.roles.push({ ...s.roles[0]! }), 'roles[1]').ruleName).toBe('RoleIsNotAlreadyAssigned');
    });
    it('focus areas without one for children and young people', () => {
      const error = refusal((s) => void (s.focusAreas[0]!.childrenAndYoungPeople = false), 'focusAreas');
      expect(error.ruleName).toBe('FocusOnChildrenAndYoungPeople');
    });
    it('two focus areas with the same id', () => {
      expect(refusal((s) => void s.focusAreas.push({ ...s.focusAreas[0]! }), 'focusAreas').ruleName).toBe('FocusAreaIdsAreUnique');
    });
    it('a focus area id that cannot name a stream', () => {
      expect(refusal((s) => void (s.focusAreas[0]!.focusAreaId = 'Barn och unga'), 'focusAreas').ruleName).toBe('FocusAreaIdsAreWellFormed');
    });
    it('a focus area without a description', () => {
      expect(refusal((s) => void (s.focusAreas[0]!.description = ''), 'focusAreas[0]').ruleName).toBe('FieldRequired');
    });
    it('a personnummer in a focus area description', () => {
      const error = refusal((s) => void (s.focusAreas[0]!.description = 'Gäller 20081218-1234'), 'focusAreas[0]');
      expect(error.ruleName).toBe('NoPersonalIdentityNumber');
    });
    it('a focus area id that is a personnummer written together (it would name a stream forever)', () => {
      expect(refusal((s) => void (s.focusAreas[0]!.focusAreaId = 'fa-198112189876'), 'focusAreas[0]').ruleName).toBe('NoPersonalIdentityNumber');
    });
    it('a personnummer in the notes', () => {
      expect(refusal((s) => ({ ...s, notes: ['Kontakt: 811218-9876'] }), 'notes[0]').ruleName).toBe('NoPersonalIdentityNumber');
    });
  });
});
