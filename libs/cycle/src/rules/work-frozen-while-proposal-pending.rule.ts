import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { PendingProposal } from '../focus-area.context.js';
import type { FocusAreaEventType } from '../focus-area.events.js';

/** Recorded in a step but not part of the work a proposal would accept: the decisions, the moves and the measures' follow-up. */
const NOT_FROZEN: readonly FocusAreaEventType[] = [
  'FocusAreaProposed',
  'MeasureStatusUpdated',
  'TransitionProposed',
  'TransitionApproved',
  'TransitionRejected',
  'ProposalVoided',
  'FocusAreaPrioritised',
  'StepAdvanced',
  'SteppedBack',
  'FocusAreaClosed',
  'NewCycleStarted',
  'FocusAreaWithdrawn',
];

/** Whether a pending proposal freezes this kind of event (a proposal to go back accepts no work). */
export const freezes = (pending: PendingProposal | null, type: FocusAreaEventType): boolean =>
  pending !== null && pending.transition !== 'stepBack' && !NOT_FROZEN.includes(type);

/**
 * The council decides what it saw: while a proposal to move on waits for its decision, the work
 * it would accept cannot change under it (an approval given on Monday must not cover Tuesday's
 * edit). A coordinator who must change the work withdraws the proposal first, with a reason, and
 * proposes again. Following up a measure's status is not frozen: it is the ongoing follow-up, not
 * the plan being decided. A proposal to go back accepts no work, so it freezes none.
 */
export const workFrozenWhileProposalPending = (pending: PendingProposal | null, type: FocusAreaEventType, action: string): BusinessRule =>
  rule(
    'WorkFrozenWhileProposalPending',
    `Det går inte att ${action} medan ett förslag väntar på rådets beslut: rådet beslutar om det underlag det har sett. Dra tillbaka förslaget (med skäl) om underlaget behöver ändras.`,
    () => freezes(pending, type),
  );
