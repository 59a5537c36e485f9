import type { ProtocolReference } from '@samverkan/shared-kernel';
import type { TransitionKind } from './transitions.js';

/**
 * When the agreement demands a child impact assessment before measures are decided (DOMAIN.md,
 * "What real agreements also say"): before every measures decision, only in focus areas that
 * concern children and young people (the default), or never.
 */
export type ChildImpactAssessmentPolicy = 'everyFocusArea' | 'childrenAndYoungPeople' | 'never';
export const CHILD_IMPACT_ASSESSMENT_POLICIES: readonly ChildImpactAssessmentPolicy[] = ['everyFocusArea', 'childrenAndYoungPeople', 'never'];

/**
 * The gates that differ between agreements: the agreement's policy (DOMAIN.md, "Gates and guards").
 * `decisionRequired.stepBack` says whether stepping back needs a council decision.
 */
export interface DecisionPolicy {
  readonly decisionRequired: Readonly<Record<TransitionKind, boolean>>;
  /**
   * Absent on agreements registered before the policy held it: those keep the rule then in force,
   * 'everyFocusArea', until an amendment changes it (a stored agreement never changes its rules silently).
   */
  readonly childImpactAssessment?: ChildImpactAssessmentPolicy;
  /**
   * Whether a goal may be recorded before its baseline is measured ("baseline to be measured by
   * <date>"); evaluation refuses a goal whose baseline is still missing. Absent: false.
   */
  readonly baselineMayFollow?: boolean;
}

/**
 * By default every forward move is decided by the council; going back is recorded by a
 * coordinator, because it reacts to new information.
 */
export const DEFAULT_DECISION_POLICY: DecisionPolicy = {
  decisionRequired: { prioritise: true, advance: true, close: true, newCycle: true, stepBack: false },
  childImpactAssessment: 'childrenAndYoungPeople',
  baselineMayFollow: false,
};

/** The policy in force: an agreement registered before the policy held it keeps 'everyFocusArea'. */
export const childImpactAssessmentPolicyOf = (policy: DecisionPolicy): ChildImpactAssessmentPolicy => policy.childImpactAssessment ?? 'everyFocusArea';

/** Whether this focus area needs a child impact assessment before its measures are decided. */
export const childImpactAssessmentApplies = (policy: DecisionPolicy, childrenAndYoungPeople: boolean): boolean => {
  switch (childImpactAssessmentPolicyOf(policy)) {
    case 'everyFocusArea':
      return true;
    case 'childrenAndYoungPeople':
      return childrenAndYoungPeople;
    case 'never':
      return false;
  }
};

/** What the machine needs to know about the agreement: its input, given by the caller. */
export interface AgreementFacts {
  readonly agreementId: string;
  /** The signing parties; consensus means every one of them has approved. */
  readonly partyIds: readonly string[];
  /** The agreement's period, dates as 'YYYY-MM-DD' (inclusive). */
  readonly period: { readonly from: string; readonly to: string };
  readonly policy: DecisionPolicy;
  /** The agreement's overall goals (övergripande mål) in force, which focus areas' goals may contribute to. Absent: none. */
  readonly overallGoalIds?: readonly string[];
}

/** Facts the API has established before a council decision (the user may act for this party). */
export interface DecisionFacts {
  readonly decidingPartyId: string;
  /** The meeting and paragraph the decision was taken at, already checked against the meeting's agenda by the API. */
  readonly protocol?: ProtocolReference;
}
