import { childImpactAssessmentApplies, type DecisionPolicy } from './agreement-facts.js';
import { awaitingParties } from './consensus.js';
import type { CycleWork, PreviousCycle, Rejection, Withdrawal } from './focus-area.context.js';
import type { Meeting } from './focus-area.events.js';
import type { FocusAreaState } from './focus-area.fold.js';
import { FOCUS_AREA_MACHINE_VERSION } from './focus-area.machine.js';
import type { FocusAreaStatus, Step } from './steps.js';
import type { TransitionKind } from './transitions.js';

export interface PendingProposalView {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly grounds: string;
  readonly meeting: Meeting | null;
  readonly approvedBy: string[];
  /** The parties whose approval is still missing for consensus. */
  readonly awaiting: string[];
}

/** A plain, serialisable picture of a focus area (no XState types leak out of the domain). */
export interface FocusAreaView {
  /** The machine's state (the step); `none` for an empty stream. */
  readonly step: FocusAreaStatus;
  readonly focusAreaId: string | null;
  readonly agreementId: string;
  readonly title: string;
  readonly description: string;
  readonly childrenAndYoungPeople: boolean;
  /** Whether the agreement's policy asks for a child impact assessment before this focus area's measures are decided. */
  readonly childImpactAssessmentRequired: boolean;
  readonly cycle: number;
  readonly work: CycleWork;
  readonly pendingProposal: PendingProposalView | null;
  readonly lastRejection: Rejection | null;
  readonly lastWithdrawal: Withdrawal | null;
  readonly previousCycles: PreviousCycle[];
  readonly policy: DecisionPolicy;
  readonly stepEnteredAt?: string;
  readonly withdrawalReason?: string;
  readonly machineVersion: string;
}

/** JSON round trip: the view shares nothing with the state, so callers may keep or mutate it. */
const plain = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

export const toFocusAreaView = (state: FocusAreaState): FocusAreaView => {
  const { context } = state;
  const pending = context.pendingProposal;
  return plain({
    step: state.step,
    focusAreaId: context.focusAreaId,
    agreementId: context.agreementId,
    title: context.title,
    description: context.description,
    childrenAndYoungPeople: context.childrenAndYoungPeople,
    childImpactAssessmentRequired: childImpactAssessmentApplies(context.facts.policy, context.childrenAndYoungPeople),
    cycle: context.cycle,
    work: context.work,
    pendingProposal: pending && {
      ...pending,
      approvedBy: [...pending.approvedBy],
      awaiting: awaitingParties(pending, context.facts),
    },
    lastRejection: context.lastRejection,
    lastWithdrawal: context.lastWithdrawal,
    previousCycles: [...context.previousCycles],
    policy: context.facts.policy,
    ...(context.stepEnteredAt !== undefined ? { stepEnteredAt: context.stepEnteredAt } : {}),
    ...(context.withdrawalReason !== undefined ? { withdrawalReason: context.withdrawalReason } : {}),
    machineVersion: FOCUS_AREA_MACHINE_VERSION,
  });
};
