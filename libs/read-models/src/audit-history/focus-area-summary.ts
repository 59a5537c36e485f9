import { STEP_LABEL_SV, type FocusAreaEvent, type Step } from '@samverkan/cycle';
import { CAUSE_FACTOR_LABEL_SV, MEASURE_STATUS_LABEL_SV, SOURCE_KIND_LABEL_SV } from './labels.js';

const step = (s: Step): string => STEP_LABEL_SV[s];

/** Whether the council decided the move, and on which proposal; the policy may let a move go undecided. */
const decided = (proposalId: string | undefined): string =>
  proposalId !== undefined ? ` enligt beslutat förslag ${proposalId}` : ' utan rådsbeslut';

const proposalSummary = (e: Extract<FocusAreaEvent, { type: 'TransitionProposed' }>['data']): string => {
  switch (e.transition) {
    case 'prioritise':
      return 'Föreslog att fokusområdet prioriteras och går till kartläggning';
    case 'advance':
      return `Föreslog övergång från ${step(e.from)} till ${step(e.to)}`;
    case 'stepBack':
      return `Föreslog att gå tillbaka från ${step(e.from)} till ${step(e.to)}`;
    case 'close':
      return 'Föreslog att fokusområdet avslutas';
    case 'newCycle':
      return 'Föreslog en ny cykel med start i kartläggning';
  }
};

/** One Swedish sentence per focus-area event; the actor is in its own column. */
export const focusAreaSummary = (event: FocusAreaEvent): string => {
  switch (event.type) {
    case 'FocusAreaProposed':
      return `Föreslog fokusområdet "${event.data.title}"${event.data.childrenAndYoungPeople ? ' med särskilt fokus på barn och unga' : ''}`;
    case 'ProblemStatementRecorded':
      return `Registrerade problemformuleringen: ${event.data.what} (${event.data.where}; ${event.data.when})`;
    case 'SourceAdded':
      return `Lade till källan "${event.data.title}" (${SOURCE_KIND_LABEL_SV[event.data.kind] ?? event.data.kind})`;
    case 'SourceRemoved':
      return `Tog bort källan ${event.data.sourceId}`;
    case 'CauseIdentified':
      return `Identifierade orsaken "${event.data.description}" (${CAUSE_FACTOR_LABEL_SV[event.data.factor] ?? event.data.factor})`;
    case 'CauseRemoved':
      return `Tog bort orsaken ${event.data.causeId}`;
    case 'GoalSet': {
      const { description, indicator, baseline, target, targetDate } = event.data;
      const measurable = indicator !== undefined && baseline !== undefined && target !== undefined;
      return `Satte målet "${description}"${measurable ? `: ${indicator} från ${baseline} till ${target}` : ''}${targetDate ? ` senast ${targetDate}` : ''}`;
    }
    case 'GoalRemoved':
      return `Tog bort målet ${event.data.goalId}`;
    case 'MeasurePlanned': {
      const { activity, responsiblePartyId, responsibleFunction, dueDate } = event.data;
      return `Planerade åtgärden "${activity}", ansvarig ${responsiblePartyId} (${responsibleFunction}), klar senast ${dueDate}`;
    }
    case 'MeasureRemoved':
      return `Tog bort åtgärden ${event.data.measureId}`;
    case 'MeasureStatusUpdated':
      return `Följde upp åtgärden ${event.data.measureId}: ${MEASURE_STATUS_LABEL_SV[event.data.status] ?? event.data.status}`;
    case 'ChildImpactAssessmentRecorded':
      return `Registrerade barnkonsekvensanalysen: ${event.data.conclusion}`;
    case 'GoalOutcomeRecorded':
      return `Registrerade utfallet för målet ${event.data.goalId}: uppmätt värde ${event.data.effect.measuredValue}`;
    case 'EvaluationConcluded':
      return `Drog slutsatsen av utvärderingen: ${event.data.conclusion}`;
    case 'TransitionProposed':
      return proposalSummary(event.data);
    case 'TransitionApproved':
      return `Godkände förslaget ${event.data.proposalId} för parten ${event.data.partyId}`;
    case 'TransitionRejected':
      return `Avslog förslaget ${event.data.proposalId} för parten ${event.data.partyId}: ${event.data.reason}`;
    case 'ProposalVoided':
      return `Förslaget ${event.data.proposalId} upphörde att gälla: ${event.data.reason}`;
    case 'FocusAreaPrioritised':
      return `Fokusområdet prioriterades och gick till kartläggning${decided(event.data.proposalId)}`;
    case 'StepAdvanced':
      return `Gick vidare från ${step(event.data.from)} till ${step(event.data.to)}${decided(event.data.proposalId)}`;
    case 'SteppedBack':
      return `Gick tillbaka från ${step(event.data.from)} till ${step(event.data.to)}: ${event.data.reason}`;
    case 'FocusAreaClosed':
      return `Fokusområdet avslutades${decided(event.data.proposalId)}`;
    case 'NewCycleStarted':
      return `Cykel ${event.data.cycle} startade med kartläggning${decided(event.data.proposalId)}`;
    case 'FocusAreaWithdrawn':
      return `Återkallade fokusområdet: ${event.data.reason}`;
  }
};
