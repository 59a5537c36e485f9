import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { DecisionPolicy } from '../agreement-facts.js';
import { TRANSITION_LABEL_SV, type TransitionKind } from '../transitions.js';

/** The agreement's policy says which transitions the council decides; those need a proposal. */
export const councilDecisionRequired = (kind: TransitionKind, policy: DecisionPolicy, proposalId: string | undefined): BusinessRule =>
  rule(
    'CouncilDecisionRequired',
    `Att ${TRANSITION_LABEL_SV[kind]} kräver enligt överenskommelsen beslut av det strategiska rådet. Lägg ett förslag till rådet.`,
    () => proposalId === undefined && policy.decisionRequired[kind],
  );
