import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { PendingProposal } from '../focus-area.context.js';

/** Each party has one say on a proposal: its approval stands, it cannot approve again or take it back. */
export const partyMayDecideOnce = (proposal: PendingProposal | null, partyId: string): BusinessRule =>
  rule(
    'PartyMayDecideOnce',
    'Parten har redan godkänt förslaget. Varje part beslutar en gång per förslag.',
    () => proposal?.approvedBy.includes(partyId) === true,
  );
