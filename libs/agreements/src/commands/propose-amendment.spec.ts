import { describe, it, expect } from '@jest/globals';
import { DEFAULT_DECISION_POLICY } from '@samverkan/cycle';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { agreementDecider } from '../decide.js';
import {
  addRescueService,
  agreementAmended,
  amendmentApproved,
  amendmentProposed,
  lommaRegistered,
  proposeAmendmentCommand,
  rescueService,
} from '../testing/fixtures.js';

const spec = deciderSpecification(agreementDecider);
const MUNICIPALITY = 'lomma-kommun';
const POLICE = 'lpo-kavlinge';

describe('propose amendment', () => {
  it('records the proposal with the day it was proposed, its grounds and changes', () => {
    spec.given([lommaRegistered()]).when(proposeAmendmentCommand()).then([amendmentProposed()]);
  });

  it('gives a changed policy the defaults for the settings it leaves out, as a registration does', () => {
    const policy = { decisionRequired: { ...DEFAULT_DECISION_POLICY.decisionRequired, stepBack: true } };
    const [event] = agreementDecider.decide(
      proposeAmendmentCommand({ changes: [{ kind: 'changePolicy', policy }] }),
      agreementDecider.evolve(agreementDecider.initialState(), lommaRegistered()),
    );
    expect(event?.type === 'AmendmentProposed' && event.data.changes).toEqual([
      { kind: 'changePolicy', policy: { ...policy, childImpactAssessment: 'childrenAndYoungPeople', baselineMayFollow: false } },
    ]);
  });

  it('may propose anew once the earlier amendment was decided', () => {
    const decided = [lommaRegistered(), amendmentProposed(), amendmentApproved(MUNICIPALITY), amendmentApproved(POLICE), agreementAmended()];
    const next = proposeAmendmentCommand({
      amendmentId: 'tillagg-2',
      effectiveFrom: '2026-01-01',
      changes: [{ kind: 'changePeriod', period: { from: '2023-01-01', to: '2028-12-31' } }],
    });
    spec
      .given(decided)
      .when(next)
      .then([{ type: 'AmendmentProposed', schemaVersion: 1, data: next.data }]);
  });

  describe('refuses', () => {
    it('an amendment of an agreement not registered', () => {
      spec.given([]).when(proposeAmendmentCommand()).thenThrows('AgreementIsRegistered');
    });

    it('a second amendment while one is pending', () => {
      spec
        .given([lommaRegistered(), amendmentProposed()])
        .when(proposeAmendmentCommand({ amendmentId: 'tillagg-2' }))
        .thenThrows('NoAmendmentIsPending');
    });

    it('an amendment id already used', () => {
      const rejected = {
        type: 'AmendmentRejected' as const,
        schemaVersion: 1 as const,
        data: { agreementId: 'lomma-2023-2027', amendmentId: 'tillagg-1', partyId: POLICE, reason: 'Nej' },
      };
      spec.given([lommaRegistered(), amendmentProposed(), rejected]).when(proposeAmendmentCommand()).thenThrows('AmendmentIdIsNew');
    });

    it('an amendment without grounds', () => {
      const error = spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ grounds: '  ' }))
        .thenThrows('FieldRequired');
      expect(error.message).toContain('”motivering”');
      expect(error.field).toBe('grounds');
    });

    it('grounds that hold a personnummer', () => {
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ grounds: 'Gäller 811218-9876' }))
        .thenThrows('NoPersonalIdentityNumber');
    });

    it('an amendment that changes nothing', () => {
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ changes: [] }))
        .thenThrows('AmendmentHasChanges');
    });

    it('a party that is already a party', () => {
      const again = { ...addRescueService, party: { ...rescueService, partyId: POLICE } };
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ changes: [again] }))
        .thenThrows('AddedPartyIsNotAlreadyAParty');
    });

    it('removing a party that is not a party', () => {
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ changes: [addRescueService, { kind: 'removeParty', partyId: 'kriminalvarden' }] }))
        .thenThrows('RemovedPartyIsAParty');
    });

    it('removing a party from an agreement of two (never below two)', () => {
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ changes: [{ kind: 'removeParty', partyId: POLICE }] }))
        .thenThrows('AgreementHasAtLeastTwoParties');
    });

    it('removing the party that chairs the council, unless the council changes too', () => {
      const chaired = { ...lommaRegistered(), data: { ...lommaRegistered().data, council: { name: 'Styrgruppen', chairPartyId: POLICE } } };
      spec
        .given([chaired])
        .when(proposeAmendmentCommand({ changes: [addRescueService, { kind: 'removeParty', partyId: POLICE }] }))
        .thenThrows('CouncilChairIsAPartyOfTheAgreement');
    });

    it('a new signatory who signs after the period', () => {
      const late = { ...addRescueService, signatory: { function: 'Räddningschef', signedOn: '2028-02-01' } };
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ changes: [late] }))
        .thenThrows('SignatoriesSignWithinThePeriod');
    });

    it('a council whose members include a party not in the agreement', () => {
      const council = { name: 'Styrgruppen', members: [{ partyId: 'region-skane', function: 'Regiondirektör' }] };
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ changes: [{ kind: 'changeCouncil', council }] }))
        .thenThrows('CouncilMembersArePartiesOfTheAgreement');
    });

    it('an operative group whose members include a party not in the agreement', () => {
      const operativeGroup = { name: 'Samverkansgruppen', members: [{ partyId: 'skolan', function: 'Rektor' }] };
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ changes: [{ kind: 'changeOperativeGroup', operativeGroup }] }))
        .thenThrows('OperativeGroupMembersArePartiesOfTheAgreement');
    });

    it('a period that ends before it starts', () => {
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ changes: [{ kind: 'changePeriod', period: { from: '2023-01-01', to: '2022-12-31' } }] }))
        .thenThrows('PeriodIsValid');
    });

    it('an amendment that takes effect before the terms now latest took effect', () => {
      const decided = [lommaRegistered(), amendmentProposed(), amendmentApproved(MUNICIPALITY), amendmentApproved(POLICE), agreementAmended()];
      spec
        .given(decided)
        .when(
          proposeAmendmentCommand({
            amendmentId: 'tillagg-2',
            effectiveFrom: '2025-05-01',
            changes: [{ kind: 'removeParty', partyId: rescueService.partyId }],
          }),
        )
        .thenThrows('AmendmentTakesEffectAfterTheLatestVersion');
    });

    it('an amendment that takes effect after the period has ended', () => {
      spec
        .given([lommaRegistered()])
        .when(proposeAmendmentCommand({ effectiveFrom: '2028-01-01' }))
        .thenThrows('AmendmentTakesEffectWithinThePeriod');
    });
  });
});
