import { rule, type BusinessRule } from '@samverkan/shared-kernel';

/** A proposal id names one proposal forever, so that the decision history is unambiguous. */
export const proposalIdMustBeNew = (usedIds: readonly string[], proposalId: string): BusinessRule =>
  rule('ProposalIdMustBeNew', 'Förslaget finns redan. Ett nytt förslag måste ha ett nytt id.', () => usedIds.includes(proposalId));
