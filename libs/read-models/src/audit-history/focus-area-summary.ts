import { STEP_LABEL_SV, type FocusAreaEvent, type Step } from '@samverkan/cycle';
import { NO_NAMES, type AuditSubject, type NameOf } from './audit-references.js';
import { dateSv } from './date-sv.js';
import { CAUSE_FACTOR_LABEL_SV, MEASURE_STATUS_LABEL_SV, SOURCE_KIND_LABEL_SV } from './labels.js';

const step = (s: Step): string => STEP_LABEL_SV[s];

const capitalised = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/**
 * Words for what an event names by id: the thing's name when it is known ("åtgärden
 * ”Nattvandring”"), else its id, so a row made from its event alone still says what it refers to.
 */
const namer = (nameOf: NameOf) => {
  const thing = (noun: string, subject: Exclude<AuditSubject, 'party' | 'proposal'>, id: string): string => {
    const name = nameOf(subject, id);
    return name !== undefined ? `${noun} ”${name}”` : `${noun} ${id}`;
  };
  return {
    source: (id: string) => thing('källan', 'source', id),
    cause: (id: string) => thing('orsaken', 'cause', id),
    goal: (id: string) => thing('målet', 'goal', id),
    measure: (id: string) => thing('åtgärden', 'measure', id),
    /** "Lomma kommun"; "parten lomma-kommun" while the name is not known. */
    party: (id: string) => nameOf('party', id) ?? `parten ${id}`,
    /** "förslaget att gå vidare från kartläggning till analys"; "förslaget p-1" while not known. */
    proposal: (id: string) => `förslaget ${nameOf('proposal', id) ?? id}`,
    /**
     * A move names the proposal it carries out when the council decided it. What the proposal
     * asked is the move the sentence already states, so once it is known to be a proposal of
     * this log, "the council's decision" says all; the id stays in the row's proposalId.
     */
    decided: (proposalId: string | undefined) => {
      if (proposalId === undefined) return ' utan rådsbeslut';
      return nameOf('proposal', proposalId) !== undefined ? ' enligt rådets beslut' : ` enligt beslutat förslag ${proposalId}`;
    },
  };
};

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
export const focusAreaSummary = (event: FocusAreaEvent, nameOf: NameOf = NO_NAMES): string => {
  const the = namer(nameOf);
  switch (event.type) {
    case 'FocusAreaProposed':
      return `Föreslog fokusområdet ”${event.data.title}”${event.data.childrenAndYoungPeople ? ' med särskilt fokus på barn och unga' : ''}`;
    case 'ProblemStatementRecorded':
      return `Registrerade problemformuleringen: ${event.data.what} (${event.data.where}; ${event.data.when})`;
    case 'SourceAdded':
      return `Lade till källan ”${event.data.title}” (${SOURCE_KIND_LABEL_SV[event.data.kind] ?? event.data.kind})`;
    case 'SourceRemoved':
      return `Tog bort ${the.source(event.data.sourceId)}`;
    case 'CauseIdentified':
      return `Identifierade orsaken ”${event.data.description}” (${CAUSE_FACTOR_LABEL_SV[event.data.factor] ?? event.data.factor})`;
    case 'CauseRemoved':
      return `Tog bort ${the.cause(event.data.causeId)}`;
    case 'GoalSet': {
      const { description, indicator, baseline, target, targetDate } = event.data;
      const measurable = indicator !== undefined && baseline !== undefined && target !== undefined;
      const baselineLater = event.data.baselineDueBy === undefined ? '' : ` (utgångsvärdet mäts senast ${dateSv(event.data.baselineDueBy)})`;
      return `Satte målet ”${description}”${measurable ? `: ${indicator} från ${baseline} till ${target}` : ''}${targetDate ? ` senast ${dateSv(targetDate)}` : ''}${baselineLater}`;
    }
    case 'GoalRemoved':
      return `Tog bort ${the.goal(event.data.goalId)}`;
    case 'GoalBaselineMeasured':
      return `Registrerade uppmätt utgångsvärde ${event.data.baseline} för ${the.goal(event.data.goalId)}`;
    case 'FocusAreaScopeChanged':
      return `Angav att fokusområdet ${event.data.childrenAndYoungPeople ? 'särskilt gäller' : 'inte särskilt gäller'} barn och unga: ${event.data.reason}`;
    case 'MeasurePlanned': {
      const { activity, responsiblePartyId, responsibleFunction, dueDate } = event.data;
      const responsible = nameOf('party', responsiblePartyId) ?? responsiblePartyId;
      return `Planerade åtgärden ”${activity}”, ansvarig ${responsible} (${responsibleFunction}), klar senast ${dateSv(dueDate)}`;
    }
    case 'MeasureRemoved':
      return `Tog bort ${the.measure(event.data.measureId)}`;
    case 'MeasureStatusUpdated':
      return `Följde upp ${the.measure(event.data.measureId)}: ${MEASURE_STATUS_LABEL_SV[event.data.status] ?? event.data.status}`;
    case 'ChildImpactAssessmentRecorded':
      return `Registrerade barnkonsekvensanalysen: ${event.data.conclusion}`;
    case 'GoalOutcomeRecorded':
      return `Registrerade utfallet för ${the.goal(event.data.goalId)}: uppmätt värde ${event.data.effect.measuredValue}`;
    case 'EvaluationConcluded':
      return `Drog slutsatsen av utvärderingen: ${event.data.conclusion}`;
    case 'IndicatorMeasured':
      return event.data.value === null
        ? `Planerade en mätning ${dateSv(event.data.measuredOn)} för ${the.goal(event.data.goalId)} (ej mätt ännu)`
        : `Registrerade mätvärdet ${event.data.value} den ${dateSv(event.data.measuredOn)} för ${the.goal(event.data.goalId)}`;
    case 'IndicatorMeasurementRemoved':
      return `Tog bort en mätning för ${the.goal(event.data.goalId)}`;
    case 'WorkCarriedForward': {
      const { fromCycle, measureIds, goalIds, sourceIds } = event.data;
      return `Förde vidare från cykel ${fromCycle}: ${measureIds.length} åtgärder, ${goalIds.length} mål och ${sourceIds.length} källor`;
    }
    case 'TransitionProposed':
      return proposalSummary(event.data);
    case 'TransitionApproved':
      return `Godkände ${the.proposal(event.data.proposalId)} för ${the.party(event.data.partyId)}`;
    case 'TransitionRejected':
      return `Avslog ${the.proposal(event.data.proposalId)} för ${the.party(event.data.partyId)}: ${event.data.reason}`;
    case 'ProposalVoided':
      return `${capitalised(the.proposal(event.data.proposalId))} upphörde att gälla: ${event.data.reason}`;
    case 'FocusAreaPrioritised':
      return `Fokusområdet prioriterades och gick till kartläggning${the.decided(event.data.proposalId)}`;
    case 'StepAdvanced':
      return `Gick vidare från ${step(event.data.from)} till ${step(event.data.to)}${the.decided(event.data.proposalId)}`;
    case 'SteppedBack':
      return `Gick tillbaka från ${step(event.data.from)} till ${step(event.data.to)}: ${event.data.reason}`;
    case 'FocusAreaClosed':
      return `Fokusområdet avslutades${the.decided(event.data.proposalId)}`;
    case 'NewCycleStarted':
      return `Cykel ${event.data.cycle} startade med kartläggning${the.decided(event.data.proposalId)}`;
    case 'FocusAreaWithdrawn':
      return `Återkallade fokusområdet: ${event.data.reason}`;
  }
};
