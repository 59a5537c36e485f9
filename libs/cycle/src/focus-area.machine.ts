import { assign, setup } from 'xstate';
import { DEFAULT_DECISION_POLICY, type AgreementFacts } from './agreement-facts.js';
import { initialContext, type FocusAreaContext } from './focus-area.context.js';
import type { FocusAreaMachineEvent } from './focus-area.events.js';
import { evolveContext } from './focus-area.evolve.js';
import { rulesForEvent } from './event-rules.js';
import { moveOf } from './step-changes.js';
import type { FocusAreaStatus, Step } from './steps.js';

/** Stored in each event's metadata (`machineVersion`): which judge accepted it. */
export const FOCUS_AREA_MACHINE_VERSION = '1.0.0';

type Judged = { readonly step: FocusAreaStatus; readonly to?: Step };

/** Accept the event in `step` when its rules hold (work and decisions stay in the step). */
const accept = (step: FocusAreaStatus) => ({ guard: { type: 'accepted' as const, params: { step } }, actions: 'record' as const });
/** Accept the event in `step` and move to `target`. */
const moveTo = (step: FocusAreaStatus, target: Step) => ({ target, ...accept(step) });
/** One of a step's ways back: taken when the event goes back to `to`. */
const backTo = (step: FocusAreaStatus, to: Step) => ({
  target: to,
  guard: { type: 'accepted' as const, params: { step, to } },
  actions: 'record' as const,
});

/** A proposal may wait for the council in every step that can be left by a decision. */
const decisions = (step: FocusAreaStatus) => ({
  TransitionProposed: accept(step),
  TransitionApproved: accept(step),
  TransitionRejected: accept(step),
  ProposalVoided: accept(step),
});

/**
 * The focus area's machine, as DOMAIN.md draws it. Its events are the domain events; its guards
 * are the gates and rules (`rulesForEvent`), so it is the judge of every event, when deciding and
 * when replaying. Which work belongs to which step: the problem and its sources are mapped (and
 * refined while analysing), causes are analysed (and refined while planning), the action plan
 * (goals, measures, child impact assessment) is made in measures, measures are followed up in
 * measures and evaluation, and outcomes and the conclusion belong to evaluation.
 */
/** Stands in for the agreement's facts where xstate creates an actor only to compute a transition. */
const NO_FACTS: AgreementFacts = {
  agreementId: '',
  partyIds: [],
  period: { from: '', to: '' },
  policy: DEFAULT_DECISION_POLICY,
};

export const focusAreaMachine = setup({
  types: {
    context: {} as FocusAreaContext,
    events: {} as FocusAreaMachineEvent,
    input: {} as AgreementFacts,
  },
  guards: {
    accepted: ({ context, event }, params: Judged) =>
      (params.to === undefined || moveOf(event)?.to === params.to) &&
      rulesForEvent(context, event, params.step).every((r) => !r.isBroken()),
  },
  actions: {
    record: assign(({ context, event }) => evolveContext(context, event)),
  },
}).createMachine({
  id: 'focusArea',
  version: FOCUS_AREA_MACHINE_VERSION,
  // xstate's pure `transition` builds a throwaway actor with no input; its context is never used,
  // but without a fallback the factory threw (and xstate caught it) on every event, at a cost on every replay.
  context: ({ input }) => initialContext(input ?? NO_FACTS),
  initial: 'none',
  states: {
    none: {
      on: { FocusAreaProposed: moveTo('none', 'proposed') },
    },
    proposed: {
      on: {
        ...decisions('proposed'),
        FocusAreaPrioritised: moveTo('proposed', 'mapping'),
        FocusAreaWithdrawn: moveTo('proposed', 'withdrawn'),
      },
    },
    mapping: {
      on: {
        ProblemStatementRecorded: accept('mapping'),
        SourceAdded: accept('mapping'),
        SourceRemoved: accept('mapping'),
        ...decisions('mapping'),
        StepAdvanced: moveTo('mapping', 'analysis'),
      },
    },
    analysis: {
      on: {
        ProblemStatementRecorded: accept('analysis'),
        SourceAdded: accept('analysis'),
        SourceRemoved: accept('analysis'),
        CauseIdentified: accept('analysis'),
        CauseRemoved: accept('analysis'),
        ...decisions('analysis'),
        StepAdvanced: moveTo('analysis', 'measures'),
        SteppedBack: backTo('analysis', 'mapping'),
      },
    },
    measures: {
      on: {
        CauseIdentified: accept('measures'),
        CauseRemoved: accept('measures'),
        GoalSet: accept('measures'),
        GoalRemoved: accept('measures'),
        MeasurePlanned: accept('measures'),
        MeasureRemoved: accept('measures'),
        MeasureStatusUpdated: accept('measures'),
        ChildImpactAssessmentRecorded: accept('measures'),
        ...decisions('measures'),
        StepAdvanced: moveTo('measures', 'evaluation'),
        SteppedBack: [backTo('measures', 'mapping'), backTo('measures', 'analysis')],
      },
    },
    evaluation: {
      on: {
        MeasureStatusUpdated: accept('evaluation'),
        GoalOutcomeRecorded: accept('evaluation'),
        EvaluationConcluded: accept('evaluation'),
        ...decisions('evaluation'),
        FocusAreaClosed: moveTo('evaluation', 'closed'),
        NewCycleStarted: moveTo('evaluation', 'mapping'),
        SteppedBack: [backTo('evaluation', 'mapping'), backTo('evaluation', 'analysis'), backTo('evaluation', 'measures')],
      },
    },
    closed: { type: 'final' },
    withdrawn: { type: 'final' },
  },
});

export type FocusAreaMachine = typeof focusAreaMachine;
