import type { FocusAreaEventOf, FocusAreaEventType } from './focus-area.events.js';

/**
 * The fields each event stores. Events are built from these only, so that whatever else a caller
 * puts in a command (by mistake or not) never reaches the store: the system must not hold data
 * about individuals, and what is stored is kept forever.
 */
const FIELDS: Readonly<Partial<Record<FocusAreaEventType, readonly string[]>>> = {
  FocusAreaProposed: ['focusAreaId', 'agreementId', 'title', 'description', 'childrenAndYoungPeople'],
  ProblemStatementRecorded: ['what', 'where', 'when', 'howOften'],
  SourceAdded: ['sourceId', 'kind', 'title', 'description'],
  SourceRemoved: ['sourceId'],
  CauseIdentified: ['causeId', 'description', 'factor'],
  CauseRemoved: ['causeId'],
  GoalSet: ['goalId', 'description', 'indicator', 'baseline', 'target', 'targetDate', 'followUpMethod'],
  GoalRemoved: ['goalId'],
  MeasurePlanned: [
    'measureId', 'causeId', 'goalId', 'activity', 'operationalGoal', 'dueDate',
    'responsiblePartyId', 'responsibleFunction', 'followUpMethod', 'kind',
  ],
  MeasureRemoved: ['measureId'],
  MeasureStatusUpdated: ['measureId', 'status', 'comment'],
  ChildImpactAssessmentRecorded: ['summary', 'conclusion'],
  GoalOutcomeRecorded: ['goalId', 'production', 'process', 'effect'],
  EvaluationConcluded: ['conclusion'],
  ProposalVoided: ['proposalId', 'reason'],
};

const NESTED_FIELDS: Readonly<Record<string, readonly string[]>> = {
  effect: ['measuredValue', 'comment'],
  meeting: ['name', 'date'],
};

const pick = (value: object, fields: readonly string[]): Record<string, unknown> =>
  Object.fromEntries(
    fields
      .filter((field) => (value as Record<string, unknown>)[field] !== undefined)
      .map((field) => {
        const inner = (value as Record<string, unknown>)[field];
        const nested = NESTED_FIELDS[field];
        return [field, nested && typeof inner === 'object' && inner !== null ? pick(inner, nested) : inner];
      }),
  );

/** The command's data reduced to the event's fields (absent optional fields left out). */
export const eventData = <T extends FocusAreaEventType>(type: T, data: object): FocusAreaEventOf<T>['data'] =>
  pick(data, FIELDS[type] ?? Object.keys(data)) as FocusAreaEventOf<T>['data'];
