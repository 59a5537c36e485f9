import type { BusinessRule } from '@samverkan/shared-kernel';
import { childImpactAssessmentApplies } from './agreement-facts.js';
import type { FocusAreaContext } from './focus-area.context.js';
import type { FocusAreaStatus } from './steps.js';
import type { TransitionKind } from './transitions.js';
import { causeRequired } from './rules/cause-required.rule.js';
import { childImpactAssessmentRequired } from './rules/child-impact-assessment-required.rule.js';
import { baselineMustBeMeasured } from './rules/baseline.rules.js';
import { conclusionRequired } from './rules/conclusion-required.rule.js';
import { goalTargetDateWithinAgreementPeriod } from './rules/goal-target-date-within-agreement-period.rule.js';
import { measureDueWithinAgreementPeriod } from './rules/measure-due-within-agreement-period.rule.js';
import { measureMustHaveSmartGoal } from './rules/measure-must-have-smart-goal.rule.js';
import { measureRequired } from './rules/measure-required.rule.js';
import { measureResponsiblePartyMustBeParty } from './rules/measure-responsible-party-must-be-party.rule.js';
import { outcomeRequiredForEveryGoal } from './rules/outcome-required-for-every-goal.rule.js';
import { problemStatementRequired } from './rules/problem-statement-required.rule.js';
import { sourceRequired } from './rules/source-required.rule.js';
import { stepBackTargetMustBeEarlier } from './rules/step-back-target-must-be-earlier.rule.js';

/** Measures decided (→ evaluation): the whole action plan must be decidable (DOMAIN.md's table). */
const measuresDecided = ({ work, facts, childrenAndYoungPeople }: FocusAreaContext): BusinessRule[] => [
  measureRequired(work),
  ...work.measures.flatMap((measure) => [
    measureResponsiblePartyMustBeParty(measure, facts),
    measureDueWithinAgreementPeriod(measure, facts),
    measureMustHaveSmartGoal(measure, work.goals, facts.policy),
  ]),
  // A goal dated outside the period (set before the rule, or the period shortened since) is not followable.
  ...work.goals.map((goal) => goalTargetDateWithinAgreementPeriod(goal, facts)),
  childImpactAssessmentRequired(work, childImpactAssessmentApplies(facts.policy, childrenAndYoungPeople)),
];

/**
 * The gate of a transition: what must hold before the step `from` may be left that way. The one
 * place each gate is written; the decider asks it once per command (and `possibleCommands`, to
 * offer only what may be proposed), never the replay. Prioritising has no gate of its own: the
 * council's consensus is the gate.
 */
export const gateFor = (kind: TransitionKind, context: FocusAreaContext, from: FocusAreaStatus, to?: string): BusinessRule[] => {
  const { work } = context;
  switch (kind) {
    case 'prioritise':
      return [];
    case 'advance':
      if (from === 'mapping') return [problemStatementRequired(work), sourceRequired(work)];
      if (from === 'analysis') return [causeRequired(work)];
      if (from === 'measures') return measuresDecided(context);
      return [];
    case 'close':
    case 'newCycle':
      return [...work.goals.map(baselineMustBeMeasured), outcomeRequiredForEveryGoal(work), conclusionRequired(work)];
    case 'stepBack':
      return [stepBackTargetMustBeEarlier(to, from)];
  }
};
