import { childImpactAssessmentApplies, TRANSITION_LABEL_SV, type CycleWork, type DecisionPolicy, type PendingProposal } from '@samverkan/cycle';
import type { AgreementDirectoryDoc } from '../agreement-directory/agreement-directory.doc.js';
import type { CouncilDecisionRecord, FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';
import { diffPlans } from '../plan-changes/diff-plans.js';
import type { PlanChange } from '../plan-changes/plan-change.js';

/** The parts of a cycle's work the council decides on, for each kind of proposal from each step. */
export type MaterialSection = keyof CycleWork;

/**
 * What the council needs before it decides: leaving mapping, the problem and its sources; leaving
 * analysis, the problem and its causes; deciding the measures, the whole action plan with the child
 * impact assessment; leaving evaluation, the plan with each goal's outcome and the conclusion.
 * Prioritising and going back decide on the focus area and the grounds alone.
 */
export const materialSections = (proposal: Pick<PendingProposal, 'transition' | 'from'>): MaterialSection[] => {
  switch (proposal.transition) {
    case 'advance':
      if (proposal.from === 'mapping') return ['problemStatement', 'sources'];
      if (proposal.from === 'analysis') return ['problemStatement', 'causes'];
      if (proposal.from === 'measures') return ['causes', 'goals', 'measures', 'childImpactAssessment'];
      return [];
    case 'close':
    case 'newCycle':
      return ['goals', 'measures', 'outcomes', 'conclusion'];
    case 'prioritise':
    case 'stepBack':
      return [];
  }
};

export interface ProposalMaterial {
  readonly focusAreaId: string;
  readonly focusAreaTitle: string;
  readonly description: string;
  readonly childrenAndYoungPeople: boolean;
  readonly cycle: number;
  /** The focus area stream's revision the material reflects (its ETag). */
  readonly revision: number;
  readonly proposalId: string;
  readonly transition: PendingProposal['transition'];
  readonly transitionLabel: string;
  readonly from: PendingProposal['from'];
  readonly to: PendingProposal['to'];
  readonly grounds: string;
  /** Which parts of the work follow, in this order. */
  readonly sections: readonly MaterialSection[];
  /** The step's work being decided: only the sections named. */
  readonly work: Partial<CycleWork>;
  /** For a measures decision: whether the agreement's policy asks for a child impact assessment here; otherwise null. */
  readonly childImpactAssessmentRequired: boolean | null;
  /** The council's last decision on this focus area, or null before its first. */
  readonly lastCouncilDecision: CouncilDecisionRecord | null;
  /** What changed in the focus area since then (the plan-changes diff, without the proposals themselves). */
  readonly changesSinceLastDecision: readonly PlanChange[];
}

const pick = (work: CycleWork, sections: readonly MaterialSection[]): Partial<CycleWork> =>
  Object.fromEntries(sections.map((section) => [section, work[section]])) as Partial<CycleWork>;

/**
 * The material of the proposal waiting on `doc`: pure, from the board document now and as it stood
 * at the council's last decision (`atLastDecision`, from the plan history). The diff is the plan
 * changes' own (one home for "what changed"); proposals are left out, the card shows this one.
 */
export const proposalMaterial = (
  doc: FocusAreaBoardDoc,
  agreement: AgreementDirectoryDoc,
  atLastDecision: FocusAreaBoardDoc | undefined,
): ProposalMaterial | undefined => {
  const p = doc.pendingProposal;
  if (!p) return undefined;
  const sections = materialSections(p);
  const policy: DecisionPolicy = agreement.policy;
  const measuresDecision = p.transition === 'advance' && p.from === 'measures';
  const changes =
    atLastDecision === undefined
      ? []
      : diffPlans({ agreement, focusAreas: [atLastDecision] }, { agreement, focusAreas: [doc] }).filter((c) => !c.kind.startsWith('proposal'));
  return {
    focusAreaId: doc.focusAreaId,
    focusAreaTitle: doc.title,
    description: doc.description,
    childrenAndYoungPeople: doc.childrenAndYoungPeople,
    cycle: doc.cycle,
    revision: doc.revision,
    proposalId: p.proposalId,
    transition: p.transition,
    transitionLabel: TRANSITION_LABEL_SV[p.transition],
    from: p.from,
    to: p.to,
    grounds: p.grounds,
    sections,
    work: pick(doc.work, sections),
    childImpactAssessmentRequired: measuresDecision ? childImpactAssessmentApplies(policy, doc.childrenAndYoungPeople) : null,
    lastCouncilDecision: doc.lastCouncilDecision,
    changesSinceLastDecision: changes,
  };
};
