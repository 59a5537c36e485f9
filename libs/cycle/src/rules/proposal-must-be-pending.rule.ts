import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { PendingProposal } from '../focus-area.context.js';

/** Decisions are only on the proposal that waits: not on a decided, rejected, void or unknown one. */
export const proposalMustBePending = (pending: PendingProposal | null, proposalId: string): BusinessRule =>
  rule(
    'ProposalMustBePending',
    'Förslaget väntar inte på beslut (det är redan beslutat, avslaget, ogiltigt eller okänt).',
    () => pending === null || pending.proposalId !== proposalId,
  );
