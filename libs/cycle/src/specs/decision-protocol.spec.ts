import { describe, it } from '@jest/globals';
import { focusAreaEvent } from '../focus-area.events.js';
import { agreementFacts, decidingFor, focusAreaSpec, history, MUNICIPALITY, POLICE } from '../testing/focus-area.fixtures.js';

const parties = [MUNICIPALITY, POLICE];
const given = focusAreaSpec(agreementFacts({ partyIds: parties }));
const { mappingDone } = history(parties);
const proposed = focusAreaEvent('TransitionProposed', {
  proposalId: 'p-1',
  transition: 'advance',
  from: 'mapping',
  to: 'analysis',
  grounds: 'Kartläggningen klar',
});
const protocol = { meetingId: 'lomma-rad-2025-03-13', paragraph: 4 };
const citing = (partyId: string) => ({ ...decidingFor(partyId), protocol });

describe('a council decision taken at a meeting', () => {
  it('keeps the paragraph it was taken under with the approval', () => {
    given([...mappingDone, proposed])
      .when({ type: 'ApproveTransition', data: { proposalId: 'p-1' } }, citing(POLICE))
      .then(focusAreaEvent('TransitionApproved', { proposalId: 'p-1', partyId: POLICE, protocol }));
  });

  it('keeps it with the rejection', () => {
    given([...mappingDone, proposed])
      .when({ type: 'RejectTransition', data: { proposalId: 'p-1', reason: 'Källorna räcker inte' } }, citing(POLICE))
      .then(focusAreaEvent('TransitionRejected', { proposalId: 'p-1', partyId: POLICE, reason: 'Källorna räcker inte', protocol }));
  });

  it('names no paragraph when none was cited (a decision taken outside a meeting held in the app)', () => {
    given([...mappingDone, proposed])
      .when({ type: 'ApproveTransition', data: { proposalId: 'p-1' } }, decidingFor(POLICE))
      .then(focusAreaEvent('TransitionApproved', { proposalId: 'p-1', partyId: POLICE }));
  });
});
