import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementFacts } from '../agreement-facts.js';
import { hasConsensus } from '../consensus.js';
import type { PendingProposal } from '../focus-area.context.js';
import type { Step } from '../steps.js';
import type { TransitionKind } from '../transitions.js';

/**
 * A step change that carries out a proposal needs that very proposal (same kind, same steps),
 * approved by every party of the agreement: the council decides by consensus.
 */
export const consensusRequired = (
  move: { readonly kind: TransitionKind; readonly from: Step; readonly to: Step; readonly proposalId?: string },
  pending: PendingProposal | null,
  facts: AgreementFacts,
): BusinessRule =>
  rule(
    'ConsensusRequired',
    'Övergången kräver att alla parter i överenskommelsen har godkänt förslaget.',
    () =>
      move.proposalId !== undefined &&
      !(
        pending !== null &&
        pending.proposalId === move.proposalId &&
        pending.transition === move.kind &&
        pending.from === move.from &&
        pending.to === move.to &&
        hasConsensus(pending, facts)
      ),
  );
