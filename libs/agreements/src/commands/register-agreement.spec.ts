import { describe, it, expect } from '@jest/globals';
import { DEFAULT_DECISION_POLICY, type DecisionPolicy } from '@samverkan/cycle';
import { agreementDecider } from '../decide.js';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { lommaRegistered, lommaRegistration, registerLomma } from '../testing/fixtures.js';

const spec = deciderSpecification(agreementDecider);
/** What the decider writes today: the fixture's event, which an older registration wrote, with the decision rule stated. */
const registeredNow = (data: Partial<ReturnType<typeof lommaRegistered>['data']> = {}) => ({
  ...lommaRegistered(),
  data: { ...lommaRegistered().data, decisionRule: 'consensus' as const, ...data },
});
const police = lommaRegistration.parties[1]!;
const municipality = lommaRegistration.parties[0]!;

describe('register agreement', () => {
  it('registers the agreement with the default decision policy when none is given', () => {
    spec.given([]).when(registerLomma()).then([registeredNow()]);
  });

  it('keeps a policy the agreement states, with the defaults for the settings it leaves out', () => {
    const policy: DecisionPolicy = {
      decisionRequired: { ...DEFAULT_DECISION_POLICY.decisionRequired, stepBack: true },
    };
    const [event] = agreementDecider.decide(registerLomma({ policy }), agreementDecider.initialState());
    expect(event?.type === 'AgreementRegistered' && event.data.policy).toEqual({
      ...policy,
      childImpactAssessment: 'childrenAndYoungPeople',
      baselineMayFollow: false,
    });
  });

  it('keeps a child impact assessment demanded in every focus area, and a baseline that may follow', () => {
    const policy: DecisionPolicy = { ...DEFAULT_DECISION_POLICY, childImpactAssessment: 'everyFocusArea', baselineMayFollow: true };
    const [event] = agreementDecider.decide(registerLomma({ policy }), agreementDecider.initialState());
    expect(event?.type === 'AgreementRegistered' && event.data.policy).toEqual(policy);
  });

  it('records no obligations when the agreement states none', () => {
    const [event] = agreementDecider.decide(registerLomma({ obligations: undefined }), agreementDecider.initialState());
    expect(event?.type === 'AgreementRegistered' && event.data.obligations).toEqual([]);
  });

  it('accepts a third party, such as Kriminalvården, without an organisation number', () => {
    const parties = [...lommaRegistration.parties, { partyId: 'kriminalvarden', name: 'Kriminalvården', kind: 'other' as const }];
    spec
      .given([])
      .when(registerLomma({ parties }))
      .then([registeredNow({ parties })]);
  });

  describe('refuses', () => {
    it('an agreement already registered', () => {
      spec.given([lommaRegistered()]).when(registerLomma()).thenThrows('AgreementIsNotAlreadyRegistered');
    });

    it('an id that cannot name a stream', () => {
      spec
        .given([])
        .when(registerLomma({ agreementId: 'Lomma 2023/2027' }))
        .thenThrows('AgreementIdIsWellFormed');
    });

    it('an id that holds a personnummer, which would name a stream forever', () => {
      spec
        .given([])
        .when(registerLomma({ agreementId: 'lomma-811218-9876' }))
        .thenThrows('NoPersonalIdentityNumber');
    });

    it('an agreement with a single party', () => {
      spec
        .given([])
        .when(registerLomma({ parties: [municipality] }))
        .thenThrows('AgreementHasAtLeastTwoParties');
    });

    it('two parties with the same id', () => {
      const parties = [municipality, { ...police, partyId: municipality.partyId }];
      const error = spec.given([]).when(registerLomma({ parties })).thenThrows('PartyIdsAreUnique');
      expect(error.message).toContain('lomma-kommun');
    });

    it('a party without a name', () => {
      spec
        .given([])
        .when(registerLomma({ parties: [municipality, { ...police, name: ' ' }] }))
        .thenThrows('PartiesAreWellFormed');
    });

    it('an organisation number with a wrong check digit', () => {
      const parties = [municipality, { ...police, organisationNumber: '202100-0077' }];
      const error = spec.given([]).when(registerLomma({ parties })).thenThrows('OrganisationNumbersAreValid');
      expect(error.message).toContain('202100-0077');
      expect(error.field).toBe('parties[1].organisationNumber');
    });

    it('a period that ends before it starts', () => {
      spec
        .given([])
        .when(registerLomma({ period: { from: '2027-12-31', to: '2023-01-01' } }))
        .thenThrows('PeriodIsValid');
    });

    it('a period with an impossible date', () => {
      spec
        .given([])
        .when(registerLomma({ period: { from: '2023-02-30', to: '2027-12-31' } }))
        .thenThrows('PeriodIsValid');
    });

    it('an agreement without a name', () => {
      spec
        .given([])
        .when(registerLomma({ name: '' }))
        .thenThrows('FieldRequired');
    });

    it('a council without a name', () => {
      spec
        .given([])
        .when(registerLomma({ council: { name: '  ' } }))
        .thenThrows('FieldRequired');
    });

    it('an obligation with a cadence of zero years', () => {
      const obligations = [{ kind: 'agreementFollowUp' as const, everyYears: 0, description: 'Årlig uppföljning' }];
      const error = spec.given([]).when(registerLomma({ obligations })).thenThrows('ObligationsAreWellFormed');
      expect(error.message).toContain('agreementFollowUp');
    });

    it('a personnummer in the agreement name', () => {
      spec
        .given([])
        .when(registerLomma({ name: 'Överenskommelse 19811218-9876' }))
        .thenThrows('NoPersonalIdentityNumber');
    });

    it('a personnummer in a party name', () => {
      const parties = [municipality, { ...police, name: 'Kontakt 811218-9876' }];
      spec.given([]).when(registerLomma({ parties })).thenThrows('NoPersonalIdentityNumber');
    });

    it('a personnummer in the source of an obligation', () => {
      const obligations = [{ kind: 'outcomeReport' as const, after: 'period' as const, description: 'Rapport', source: 'Se 811218-9876' }];
      const error = spec.given([]).when(registerLomma({ obligations })).thenThrows('NoPersonalIdentityNumber');
      expect(error.message).toContain('”källa (åtagande 1)”');
      expect(error.field).toBe('obligations[0].source');
    });
  });
});
