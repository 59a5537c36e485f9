import { describe, it, expect } from '@jest/globals';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { agreementDecider } from '../decide.js';
import { lommaRegistered, registerLomma } from '../testing/fixtures.js';

const spec = deciderSpecification(agreementDecider);

/** Lomma as signed: both parties' signatories, the council's chair and members, the operative group's members. */
const asSigned = {
  signatories: [
    { partyId: 'lomma-kommun', function: 'Kommunstyrelsens ordförande', signedOn: '2024-03-04' },
    { partyId: 'lpo-kavlinge', function: 'Lokalpolisområdeschef', signedOn: '2024-03-04' },
  ],
  council: {
    name: 'Trygghetsrådets styrgrupp',
    chairPartyId: 'lomma-kommun',
    members: [
      { partyId: 'lomma-kommun', function: 'Kommunstyrelsens ordförande' },
      { partyId: 'lpo-kavlinge', function: 'Lokalpolisområdeschef' },
    ],
  },
  operativeGroup: { name: 'Trygghetsrådets samverkansgrupp', members: [{ partyId: 'lpo-kavlinge', function: 'Kommunpolis' }] },
};

describe('register agreement › as signed', () => {
  it('records the signatories, the chair, the members of both bodies and the decision rule', () => {
    spec
      .given([])
      .when(registerLomma(asSigned))
      .then([{ ...lommaRegistered(), data: { ...lommaRegistered().data, ...asSigned, decisionRule: 'consensus' } }]);
  });

  it('records meetings held a number of times a year and as needed', () => {
    const meetings = {
      kind: 'councilMeetings' as const,
      perYear: 4,
      alsoAsNeeded: true,
      description: 'Styrgruppen möts fyra gånger per år och vid behov.',
    };
    const [event] = agreementDecider.decide(registerLomma({ obligations: [meetings] }), agreementDecider.initialState());
    expect(event?.type === 'AgreementRegistered' && event.data.obligations).toEqual([meetings]);
  });

  describe('refuses', () => {
    it('a signatory for a party that is not a party of the agreement', () => {
      const signatories = [...asSigned.signatories, { partyId: 'kriminalvarden', function: 'Frivårdschef', signedOn: '2024-03-04' }];
      const error = spec
        .given([])
        .when(registerLomma({ ...asSigned, signatories }))
        .thenThrows('SignatoriesArePartiesOfTheAgreement');
      expect(error.field).toBe('signatories[2].partyId');
    });

    it('a signature dated after the period has ended', () => {
      const signatories = [asSigned.signatories[0]!, { ...asSigned.signatories[1]!, signedOn: '2028-01-15' }];
      const error = spec
        .given([])
        .when(registerLomma({ ...asSigned, signatories }))
        .thenThrows('SignatoriesSignWithinThePeriod');
      expect(error.field).toBe('signatories[1].signedOn');
    });

    it('a chair that is not a party of the agreement', () => {
      const error = spec
        .given([])
        .when(registerLomma({ ...asSigned, council: { ...asSigned.council, chairPartyId: 'region-skane' } }))
        .thenThrows('CouncilChairIsAPartyOfTheAgreement');
      expect(error.field).toBe('council.chairPartyId');
    });

    it('a council member for a party that is not a party of the agreement', () => {
      const members = [...asSigned.council.members, { partyId: 'region-skane', function: 'Hälso- och sjukvårdsdirektör' }];
      const error = spec
        .given([])
        .when(registerLomma({ ...asSigned, council: { ...asSigned.council, members } }))
        .thenThrows('CouncilMembersArePartiesOfTheAgreement');
      expect(error.field).toBe('council.members[2].partyId');
    });

    it('an operative group member for a party that is not a party of the agreement', () => {
      const error = spec
        .given([])
        .when(registerLomma({ ...asSigned, operativeGroup: { name: 'Samverkansgruppen', members: [{ partyId: 'skolan', function: 'Rektor' }] } }))
        .thenThrows('OperativeGroupMembersArePartiesOfTheAgreement');
      expect(error.field).toBe('operativeGroup.members[0].partyId');
    });

    it('a function that holds a personnummer', () => {
      const signatories = [{ ...asSigned.signatories[0]!, function: 'Ordförande 811218-9876' }, asSigned.signatories[1]!];
      const error = spec
        .given([])
        .when(registerLomma({ ...asSigned, signatories }))
        .thenThrows('NoPersonalIdentityNumber');
      expect(error.message).toContain('”funktion (undertecknare 1)”');
      expect(error.field).toBe('signatories[0].function');
    });
  });
});
