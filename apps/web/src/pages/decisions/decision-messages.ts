import type { DecisionInboxItem, Party, PartyDecision } from '../../api/schema';
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

const DAY = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', timeZone: 'Europe/Stockholm' });
const DAY_AND_YEAR = new Intl.DateTimeFormat('sv-SE', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Stockholm' });
const YEAR = new Intl.DateTimeFormat('sv-SE', { year: 'numeric', timeZone: 'Europe/Stockholm' });

/** "3 mars", with the year only when it is not this year's. */
const daySv = (instant: string, now: Date): string => {
  const at = new Date(instant);
  return YEAR.format(at) === YEAR.format(now) ? DAY.format(at) : DAY_AND_YEAR.format(at);
};

/** Who decided, by role and function: "Ersättaren (Biträdande lokalpolisområdeschef)", never a name. */
const decider = (decision: PartyDecision): string => {
  const role = decision.actorRole === 'councilSubstitute' ? 'Ersättaren' : 'Representanten';
  return decision.function ? `${role} (${decision.function})` : role;
};

/**
 * A party decides once, by its representative or its substitute: the other one is told plainly
 * who did, for whom and when, and is not offered to decide again. Also what a refused decision
 * (another member of the party decided first) comes down to.
 */
export const alreadyDecidedMessage = (decision: PartyDecision, parties: readonly Party[], userId: string | undefined, now: Date = new Date()): string => {
  const who = decision.decidedBy === userId ? 'Du' : decider(decision);
  const when = decision.decidedAt ? ` den ${daySv(decision.decidedAt, now)}` : '';
  return `${who} har redan godkänt för ${partyName(parties, decision.partyId)}${when}.`;
};
