import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { PendingProposal } from '../focus-area.context.js';

/** One question to the council at a time, so that a consensus is always about one thing. */
export const noOtherProposalPending = (pending: PendingProposal | null, exceptProposalId?: string): BusinessRule =>
  rule(
    'NoOtherProposalPending',
    'Ett annat förslag väntar redan på beslut av det strategiska rådet.',
    () => pending !== null && pending.proposalId !== exceptProposalId,
  );
