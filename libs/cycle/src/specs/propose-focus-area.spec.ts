import { describe, expect, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { agreementFacts, decided, ev, focusAreaSpec, history } from '../testing/focus-area.fixtures.js';

const given = focusAreaSpec();
const proposal = ev.proposed().data;

describe('propose focus area', () => {
  it('records the proposal on an empty stream', () => {
    given([]).when({ type: 'ProposeFocusArea', data: proposal }).then(ev.proposed());
  });

  it('is refused when the focus area already exists', () => {
    given([ev.proposed()]).when({ type: 'ProposeFocusArea', data: proposal }).thenThrows('TransitionNotAllowedFromStep');
  });

  it('is refused for another agreement than the one whose facts judge it', () => {
    given([])
      .when({ type: 'ProposeFocusArea', data: { ...proposal, agreementId: 'vellinge-2023-2026' } })
      .thenThrows('FocusAreaMustBelongToAgreement');
  });

  it('is refused without a title', () => {
    given([])
      .when({ type: 'ProposeFocusArea', data: { ...proposal, title: '  ' } })
      .thenThrows('FieldRequired');
  });

  describe('when the description holds a personal identity number', () => {
    it.each(['Gäller 19850312-1234 som ofta syns där', 'Gäller 850312-1234', 'Gäller 850372-1234 (samordningsnummer)'])('refuses "%s"', (description) => {
      given([])
        .when({ type: 'ProposeFocusArea', data: { ...proposal, description } })
        .thenThrows('NoPersonalIdentityNumber');
    });

    it('does not mistake an organisation number for one', () => {
      const description = 'Polismyndigheten, org.nr 2021000076';
      given([])
        .when({ type: 'ProposeFocusArea', data: { ...proposal, description } })
        .then(focusAreaEvent('FocusAreaProposed', { ...proposal, description }));
    });
  });
});

describe('withdraw focus area', () => {
  it('withdraws a proposed focus area with the reason', () => {
    given([ev.proposed()])
      .when({ type: 'WithdrawFocusArea', data: { reason: 'Ingår i ett annat fokusområde' } })
      .then(focusAreaEvent('FocusAreaWithdrawn', { reason: 'Ingår i ett annat fokusområde' }));
  });

  it('voids a pending prioritisation first', () => {
    const pending = focusAreaEvent('TransitionProposed', {
      proposalId: 'p-1',
      transition: 'prioritise',
      from: 'proposed',
      to: 'mapping',
      grounds: 'Lägesbilden 2023',
    });
    given([ev.proposed(), pending])
      .when({ type: 'WithdrawFocusArea', data: { reason: 'Dubblett' } })
      .then([focusAreaEvent('ProposalVoided', { proposalId: 'p-1', reason: 'Dubblett' }), focusAreaEvent('FocusAreaWithdrawn', { reason: 'Dubblett' })]);
  });

  it('requires a reason', () => {
    given([ev.proposed()])
      .when({ type: 'WithdrawFocusArea', data: { reason: '' } })
      .thenThrows('FieldRequired');
  });

  it('is refused once the council has prioritised the focus area', () => {
    const error = given(history().inMapping)
      .when({ type: 'WithdrawFocusArea', data: { reason: 'Ändrade prioriteringar' } })
      .thenThrows('TransitionNotAllowedFromStep');
    expect(error.message).toContain('kartläggning');
  });

  it('is refused before anything was proposed', () => {
    given([])
      .when({ type: 'WithdrawFocusArea', data: { reason: 'x' } })
      .thenThrows('TransitionNotAllowedFromStep');
  });
});

describe('prioritise focus area', () => {
  it('is proposed to the council with the meeting that will decide it', () => {
    const meeting = { name: 'Trygghetsrådets styrgrupp', date: '2024-03-12' };
    given([ev.proposed()])
      .when({ type: 'ProposeTransition', data: { proposalId: 'p-1', transition: 'prioritise', grounds: 'Lägesbilden 2023', meeting } })
      .then(
        focusAreaEvent('TransitionProposed', {
          proposalId: 'p-1',
          transition: 'prioritise',
          from: 'proposed',
          to: 'mapping',
          grounds: 'Lägesbilden 2023',
          meeting,
        }),
      );
  });

  it('is made when every party has approved', () => {
    const [proposed, approvedByMunicipality] = decided('p-1', 'prioritise', 'proposed', 'mapping');
    given([ev.proposed(), proposed!, approvedByMunicipality!])
      .when({ type: 'ApproveTransition', data: { proposalId: 'p-1' } }, { decidingPartyId: agreementFacts().partyIds[1]! })
      .then([
        focusAreaEvent('TransitionApproved', { proposalId: 'p-1', partyId: agreementFacts().partyIds[1]! }),
        focusAreaEvent('FocusAreaPrioritised', { proposalId: 'p-1' }),
      ]);
  });
});
