import { describe, it, expect } from '@jest/globals';
import { agreementTermsOn, toAgreementFacts } from './queries.js';
import { foldAgreement } from './state.js';
import { agreementAmended, amendmentApproved, amendmentProposed, lommaRegistered } from './testing/fixtures.js';

const MUNICIPALITY = 'lomma-kommun';
const POLICE = 'lpo-kavlinge';
const RESCUE = 'raddningstjansten';

/** Räddningstjänsten joined from 2025-06-01 by an amendment all parties approved. */
const amended = () =>
  foldAgreement([lommaRegistered(), amendmentProposed(), amendmentApproved(MUNICIPALITY), amendmentApproved(POLICE), agreementAmended()]);

describe('terms in force on a date', () => {
  it('are the terms as signed until the amendment takes effect', () => {
    expect(agreementTermsOn(amended(), '2025-05-31').parties.map((p) => p.partyId)).toEqual([MUNICIPALITY, POLICE]);
  });

  it('include the party that joined from the day the amendment takes effect', () => {
    const terms = agreementTermsOn(amended(), '2025-06-01');
    expect(terms.parties.map((p) => p.partyId)).toEqual([MUNICIPALITY, POLICE, RESCUE]);
    expect(terms.signatories).toEqual([{ partyId: RESCUE, function: 'Räddningschef', signedOn: '2025-05-20' }]);
  });

  it('are the terms as signed on a day before the period', () => {
    expect(agreementTermsOn(amended(), '2020-01-01').parties).toHaveLength(2);
  });

  it('keep every version with the day it took effect and the amendment that made it', () => {
    const state = amended();
    expect(state.status === 'registered' && state.termsHistory.map((v) => [v.effectiveFrom, v.amendmentId])).toEqual([
      ['2023-01-01', null],
      ['2025-06-01', 'tillagg-1'],
    ]);
  });

  it('make the amendment decided and the latest terms the agreement’s own', () => {
    const state = amended();
    expect(state.status === 'registered' && state.amendments.map((a) => [a.amendmentId, a.status, a.consentOf])).toEqual([
      ['tillagg-1', 'decided', [MUNICIPALITY, POLICE]],
    ]);
    expect(state.status === 'registered' && state.parties.map((p) => p.partyId)).toEqual([MUNICIPALITY, POLICE, RESCUE]);
  });

  it('leave the amendment pending and the terms unchanged until the last party approves', () => {
    const state = foldAgreement([lommaRegistered(), amendmentProposed(), amendmentApproved(MUNICIPALITY)]);
    expect(state.status === 'registered' && state.amendments[0]?.status).toBe('pending');
    expect(agreementTermsOn(state, '2025-07-01').parties).toHaveLength(2);
  });

  describe('for the cycle (toAgreementFacts on the command’s day)', () => {
    it('counts the joined party in consensus from the day it took effect, not before', () => {
      expect(toAgreementFacts(amended(), '2025-05-31').partyIds).toEqual([MUNICIPALITY, POLICE]);
      expect(toAgreementFacts(amended(), '2025-06-01').partyIds).toEqual([MUNICIPALITY, POLICE, RESCUE]);
    });

    it('uses the policy in force that day', () => {
      const events = [
        lommaRegistered(),
        amendmentProposed({ changes: [{ kind: 'changePolicy', policy: { ...lommaRegistered().data.policy, childImpactAssessment: 'everyFocusArea' } }] }),
        amendmentApproved(MUNICIPALITY),
        amendmentApproved(POLICE),
        agreementAmended([{ kind: 'changePolicy', policy: { ...lommaRegistered().data.policy, childImpactAssessment: 'everyFocusArea' } }]),
      ];
      expect(toAgreementFacts(foldAgreement(events), '2025-01-01').policy.childImpactAssessment).toBe('childrenAndYoungPeople');
      expect(toAgreementFacts(foldAgreement(events), '2025-06-01').policy.childImpactAssessment).toBe('everyFocusArea');
    });
  });

  describe('a party that leaves', () => {
    it('takes its signatory and its members of both bodies with it', () => {
      const withRescue = {
        ...lommaRegistered(),
        data: {
          ...lommaRegistered().data,
          parties: [...lommaRegistered().data.parties, { partyId: RESCUE, name: 'Räddningstjänsten Syd', kind: 'other' as const }],
          signatories: [{ partyId: RESCUE, function: 'Räddningschef', signedOn: '2023-01-10' }],
          council: { name: 'Styrgruppen', members: [{ partyId: RESCUE, function: 'Räddningschef' }] },
          operativeGroup: { name: 'Samverkansgruppen', members: [{ partyId: RESCUE, function: 'Brandmästare' }] },
        },
      };
      const leaves = [{ kind: 'removeParty' as const, partyId: RESCUE }];
      const state = foldAgreement([withRescue, agreementAmended(leaves, '2025-01-01')]);
      const terms = agreementTermsOn(state, '2025-01-01');
      expect([terms.parties.length, terms.signatories, terms.council.members, terms.operativeGroup?.members]).toEqual([2, [], [], []]);
    });
  });
});
