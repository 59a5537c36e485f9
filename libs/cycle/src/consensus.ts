import type { AgreementFacts } from './agreement-facts.js';
import type { PendingProposal } from './focus-area.context.js';

/** Consensus: every party of the agreement has approved (DOMAIN.md, "Gates and guards"). */
export const hasConsensus = (proposal: PendingProposal, facts: AgreementFacts): boolean =>
  facts.partyIds.length > 0 && facts.partyIds.every((party) => proposal.approvedBy.includes(party));

export const awaitingParties = (proposal: PendingProposal, facts: AgreementFacts): string[] =>
  facts.partyIds.filter((party) => !proposal.approvedBy.includes(party));
