import type { DecisionInboxItem, Party } from '../../api/schema';
import { partyName, STEP_LABEL, TRANSITION_LABEL } from '../../ui/labels';

/** What the live region says after a decision was saved: what happened, for whom, and what comes next. */
export const approvedMessage = (item: DecisionInboxItem, partyId: string, parties: readonly Party[], lastToApprove: boolean): string => {
  const done = `Du har godkänt förslaget att ${TRANSITION_LABEL[item.transition]} för ”${item.focusAreaTitle}” för ${partyName(parties, partyId)}.`;
  return lastToApprove
    ? `${done} Alla parter har nu godkänt, och fokusområdet har gått till steget ${STEP_LABEL[item.to]}.`
    : `${done} Förslaget väntar nu på de andra parterna.`;
};

export const rejectedMessage = (item: DecisionInboxItem, partyId: string, parties: readonly Party[]): string =>
  `Du har avslagit förslaget att ${TRANSITION_LABEL[item.transition]} för ”${item.focusAreaTitle}” för ${partyName(parties, partyId)}. ` +
  'Förslaget går tillbaka till samordnaren med ditt skäl.';
