import { describe, expect, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { agreementFacts, decidingFor, ev, focusAreaSpec, history, MUNICIPALITY, POLICE, PRISON_SERVICE } from '../testing/focus-area.fixtures.js';

const parties = [MUNICIPALITY, POLICE, PRISON_SERVICE];
const given = focusAreaSpec(agreementFacts({ partyIds: parties }));
const { mappingDone, measuresDone } = history(parties);
const proposed = focusAreaEvent('TransitionProposed', {
  proposalId: 'p-1',
  transition: 'advance',
  from: 'mapping',
  to: 'analysis',
  grounds: 'Kartläggningen klar',
  meeting: { name: 'Styrgruppen', date: '2024-04-16' },
});
const approvedBy = (partyId: string) => focusAreaEvent('TransitionApproved', { proposalId: 'p-1', partyId });
const approve = { type: 'ApproveTransition', data: { proposalId: 'p-1' } } as const;
const reject = { type: 'RejectTransition', data: { proposalId: 'p-1', reason: 'Källorna är för gamla' } } as const;

describe('approve transition', () => {
  describe('when the police has not approved yet', () => {
    it('does not advance the step', () => {
      given([...mappingDone, proposed, approvedBy(MUNICIPALITY)])
        .when(approve, decidingFor(PRISON_SERVICE))
        .then(approvedBy(PRISON_SERVICE));
    });
  });

  describe('when the police is the last of three parties to approve', () => {
    it('advances the step, naming the proposal', () => {
      given([...mappingDone, proposed, approvedBy(MUNICIPALITY), approvedBy(PRISON_SERVICE)])
        .when(approve, decidingFor(POLICE))
        .then([approvedBy(POLICE), focusAreaEvent('StepAdvanced', { from: 'mapping', to: 'analysis', proposalId: 'p-1' })]);
    });
  });

  it('lets a party decide only once', () => {
    given([...mappingDone, proposed, approvedBy(MUNICIPALITY)])
      .when(approve, decidingFor(MUNICIPALITY))
      .thenThrows('PartyMayDecideOnce');
  });

  it('refuses a party that is not in the agreement', () => {
    given([...mappingDone, proposed])
      .when(approve, decidingFor('tullverket'))
      .thenThrows('PartyMustBelongToAgreement');
  });

  it('refuses a decision without a deciding party', () => {
    given([...mappingDone, proposed])
      .when(approve)
      .thenThrows('PartyMustBelongToAgreement');
  });

  describe('refuses a decision on a proposal that is not pending', () => {
    it.each([
      ['unknown', [...mappingDone, proposed]],
      ['rejected', [...mappingDone, proposed, focusAreaEvent('TransitionRejected', { proposalId: 'p-1', partyId: POLICE, reason: 'Nej' })]],
      ['void', [...mappingDone, proposed, focusAreaEvent('ProposalVoided', { proposalId: 'p-1', reason: 'Ny information' })]],
      [
        'decided',
        [...mappingDone, proposed, ...parties.map(approvedBy), focusAreaEvent('StepAdvanced', { from: 'mapping', to: 'analysis', proposalId: 'p-1' })],
      ],
    ])('(%s)', (which, events) => {
      const proposalId = which === 'unknown' ? 'p-unknown' : 'p-1';
      given(events).when({ type: 'ApproveTransition', data: { proposalId } }, decidingFor(POLICE)).thenThrows('ProposalMustBePending');
    });
  });

  it('judges the gate again on the last approval', () => {
    const decide = focusAreaEvent('TransitionProposed', {
      proposalId: 'p-1',
      transition: 'advance',
      from: 'measures',
      to: 'evaluation',
      grounds: 'Plan klar',
    });
    const error = given([
      ...measuresDone,
      decide,
      approvedBy(MUNICIPALITY),
      approvedBy(PRISON_SERVICE),
      focusAreaEvent('MeasureRemoved', { measureId: 'measure-1' }),
    ])
      .when(approve, decidingFor(POLICE))
      .thenThrows('MeasureRequired');
    expect(error.message).toMatch(/åtgärd/);
  });
});

describe('reject transition', () => {
  it('ends the proposal with the reason', () => {
    given([...mappingDone, proposed])
      .when(reject, decidingFor(POLICE))
      .then(focusAreaEvent('TransitionRejected', { proposalId: 'p-1', partyId: POLICE, reason: 'Källorna är för gamla' }));
  });

  it('requires a reason', () => {
    given([...mappingDone, proposed])
      .when({ ...reject, data: { ...reject.data, reason: ' ' } }, decidingFor(POLICE))
      .thenThrows('FieldRequired');
  });

  it('cannot take back an approval', () => {
    given([...mappingDone, proposed, approvedBy(POLICE)])
      .when(reject, decidingFor(POLICE))
      .thenThrows('PartyMayDecideOnce');
  });

  it('returns the matter to the coordinator, who may propose again', () => {
    const rejected = focusAreaEvent('TransitionRejected', { proposalId: 'p-1', partyId: POLICE, reason: 'Nej' });
    given([...mappingDone, proposed, rejected])
      .when({ type: 'ProposeTransition', data: { proposalId: 'p-2', transition: 'advance', grounds: 'Nya källor' } })
      .then(focusAreaEvent('TransitionProposed', { proposalId: 'p-2', transition: 'advance', from: 'mapping', to: 'analysis', grounds: 'Nya källor' }));
  });
});

describe('propose transition', () => {
  const propose = (proposalId: string) => ({ type: 'ProposeTransition', data: { proposalId, transition: 'advance', grounds: 'Klar' } }) as const;

  it('refuses while another proposal is pending', () => {
    given([...mappingDone, proposed])
      .when(propose('p-2'))
      .thenThrows('NoOtherProposalPending');
  });

  it('refuses to reuse the id of an earlier proposal', () => {
    const voided = focusAreaEvent('ProposalVoided', { proposalId: 'p-1', reason: 'Fel underlag' });
    given([...mappingDone, proposed, voided])
      .when(propose('p-1'))
      .thenThrows('ProposalIdMustBeNew');
  });

  it('requires grounds', () => {
    given(mappingDone)
      .when({ type: 'ProposeTransition', data: { proposalId: 'p-2', transition: 'advance', grounds: '' } })
      .thenThrows('FieldRequired');
  });

  it('refuses a transition that does not fit the step', () => {
    given(mappingDone)
      .when({ type: 'ProposeTransition', data: { proposalId: 'p-2', transition: 'prioritise', grounds: 'x' } })
      .thenThrows('TransitionNotAllowedFromStep');
  });

  it('can be voided by the coordinator before the council decides', () => {
    given([...mappingDone, proposed])
      .when({ type: 'VoidProposal', data: { proposalId: 'p-1', reason: 'Fel underlag' } })
      .then(focusAreaEvent('ProposalVoided', { proposalId: 'p-1', reason: 'Fel underlag' }));
  });

  it('refuses advancing a focus area the council has not prioritised', () => {
    given([ev.proposed()]).when(propose('p-9')).thenThrows('TransitionNotAllowedFromStep');
  });
});
