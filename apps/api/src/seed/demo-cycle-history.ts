import {
  decideFocusArea,
  evolveFocusArea,
  FOCUS_AREA_MACHINE_VERSION,
  initialFocusAreaState,
  upcastFocusAreaEvent,
  type AgreementFacts,
  type FocusAreaCommand,
  type FocusAreaState,
  type ProposeFocusArea,
} from '@samverkan/cycle';
import { focusAreaStreamId, type CommandContext, type Role } from '@samverkan/shared-kernel';
import type { EventAppender } from '../infrastructure/event-appender.js';

/**
 * Demo only (DEMO_HISTORIES=1): Lomma's "Bostadsinbrott och grannsamverkan" lived through a whole
 * first cycle in 2024–2025 (its indicators measured four times) and is in cycle 2, with one unfinished measure carried forward and one
 * late measure left in cycle 1 (still among the late ones). Written through the decider, as the
 * coordinator and the council would have, each command at its own date.
 */
export const DEMO_CYCLE_FOCUS_AREA = 'lomma-bostadsinbrott-och-grannsamverkan';
const MUNICIPALITY = 'lomma-kommun';
const POLICE = 'lpo-kavlinge';

interface Step {
  readonly on: string;
  readonly by: 'coordinator' | 'municipality' | 'police';
  readonly command: FocusAreaCommand;
}

const ACTORS: Readonly<Record<Step['by'], { actorId: string; actorRole: Role; onBehalfOfPartyId: string }>> = {
  coordinator: { actorId: 'lomma.samordnare', actorRole: 'coordinator', onBehalfOfPartyId: MUNICIPALITY },
  municipality: { actorId: 'lomma.rad.kommun', actorRole: 'councilRepresentative', onBehalfOfPartyId: MUNICIPALITY },
  police: { actorId: 'lomma.rad.polis', actorRole: 'councilRepresentative', onBehalfOfPartyId: POLICE },
};

const work = (on: string, command: FocusAreaCommand): Step => ({ on, by: 'coordinator', command });
/** The coordinator proposes; the municipality's and the police's representatives approve (the last approval moves). */
const decided = (proposalId: string, transition: 'prioritise' | 'advance' | 'newCycle', on: string, grounds: string, meeting: string): Step[] => [
  work(on, { type: 'ProposeTransition', data: { proposalId, transition, grounds, meeting: { name: meeting, date: on } } }),
  { on, by: 'municipality', command: { type: 'ApproveTransition', data: { proposalId } } },
  { on, by: 'police', command: { type: 'ApproveTransition', data: { proposalId } } },
];

const measure = (measureId: string, over: { causeId: string; goalId: string; activity: string; dueDate: string; police?: boolean }) =>
  work('2024-05-20', {
    type: 'PlanMeasure',
    data: {
      measureId,
      causeId: over.causeId,
      goalId: over.goalId,
      activity: over.activity,
      operationalGoal: 'Genomförd enligt plan och återrapporterad till styrgruppen',
      dueDate: over.dueDate,
      responsiblePartyId: over.police ? POLICE : MUNICIPALITY,
      responsibleFunction: over.police ? 'Kommunpolis' : 'Säkerhetschef',
      followUpMethod: 'Rapport till styrgruppen varje kvartal',
      kind: 'oneOff',
    },
  });

/** One follow-up of a goal's indicator, recorded on the day it was measured. */
const measured = (measurementId: string, goalId: string, measuredOn: string, value: number, comment?: string): Step =>
  work(measuredOn, {
    type: 'RecordIndicatorMeasurement',
    today: measuredOn,
    data: { goalId, measurementId, measuredOn, value, ...(comment !== undefined ? { comment } : {}) },
  });

const HISTORY: readonly Step[] = [
  ...decided('bi-prioritera', 'prioritise', '2024-02-07', 'Inbrotten ökar i Bjärred enligt lägesbilden.', 'Styrgruppen 1/2024'),
  work('2024-02-20', {
    type: 'RecordProblemStatement',
    data: {
      what: 'Bostadsinbrott i villor',
      where: 'Villaområdena i Bjärred och östra Lomma',
      when: 'Dagtid på vardagar och under semesterveckorna',
      howOften: 'Omkring 60 anmälda inbrott per år (2023)',
    },
  }),
  work('2024-02-20', {
    type: 'AddSource',
    data: { sourceId: 'bi-anmalningar-2023', kind: 'crimeStatistics', title: 'Polisens anmälningsstatistik 2023' },
  }),
  work('2024-02-21', { type: 'AddSource', data: { sourceId: 'bi-trygghet-2023', kind: 'safetySurvey', title: 'Trygghetsmätningen 2023' } }),
  ...decided('bi-analys', 'advance', '2024-03-13', 'Problemet är avgränsat och belagt.', 'Styrgruppen 2/2024'),
  work('2024-04-03', {
    type: 'IdentifyCause',
    data: { causeId: 'bi-fa-omraden', description: 'Få aktiva grannsamverkansområden i Bjärred', factor: 'protective' },
  }),
  work('2024-04-03', { type: 'IdentifyCause', data: { causeId: 'bi-tomma-hus', description: 'Tomma hus under semesterveckorna', factor: 'time' } }),
  ...decided('bi-atgarder', 'advance', '2024-05-15', 'Orsaksanalysen är gjord.', 'Styrgruppen 3/2024'),
  work('2024-05-20', {
    type: 'SetGoal',
    data: {
      goalId: 'bi-farre-inbrott',
      description: 'Färre bostadsinbrott',
      indicator: 'Anmälda bostadsinbrott per år',
      baseline: 60,
      target: 45,
      targetDate: '2026-12-31',
      followUpMethod: 'Polisens anmälningsstatistik, årligen',
    },
  }),
  work('2024-05-20', {
    type: 'SetGoal',
    data: {
      goalId: 'bi-fler-omraden',
      description: 'Fler grannsamverkansområden',
      indicator: 'Antal aktiva grannsamverkansområden',
      baseline: 24,
      target: 32,
      targetDate: '2026-12-31',
      followUpMethod: 'Kommunens register över områden',
    },
  }),
  measure('bi-nya-omraden', {
    causeId: 'bi-fa-omraden',
    goalId: 'bi-fler-omraden',
    activity: 'Starta nya grannsamverkansområden i Bjärred',
    dueDate: '2025-06-30',
  }),
  measure('bi-semesterutskick', {
    causeId: 'bi-tomma-hus',
    goalId: 'bi-farre-inbrott',
    activity: 'Utskick om stöldskydd inför semestern',
    dueDate: '2025-05-31',
    police: true,
  }),
  measure('bi-kontaktombud', {
    causeId: 'bi-fa-omraden',
    goalId: 'bi-fler-omraden',
    activity: 'Informationsmöte för kontaktombuden',
    dueDate: '2024-11-30',
  }),
  work('2024-05-21', {
    type: 'RecordChildImpactAssessment',
    data: { summary: 'Åtgärderna riktar sig till hushåll; barn berörs som boende.', conclusion: 'Ingen negativ påverkan på barn.' },
  }),
  ...decided('bi-uppfoljning', 'advance', '2024-06-12', 'Åtgärdsplanen är klar och barnkonsekvensanalysen gjord.', 'Styrgruppen 4/2024'),
  work('2024-12-02', { type: 'UpdateMeasureStatus', data: { measureId: 'bi-kontaktombud', status: 'done' } }),
  work('2025-06-02', {
    type: 'UpdateMeasureStatus',
    data: { measureId: 'bi-semesterutskick', status: 'red', comment: 'Utskicket hann inte tryckas före semestern.' },
  }),
  work('2025-09-01', {
    type: 'UpdateMeasureStatus',
    data: { measureId: 'bi-nya-omraden', status: 'yellow', comment: 'Tre av åtta nya områden startade.' },
  }),
  measured('bi-inbrott-2024', 'bi-farre-inbrott', '2025-01-15', 57, 'Helåret 2024 enligt anmälningsstatistiken.'),
  measured('bi-omraden-h1', 'bi-fler-omraden', '2025-06-30', 25),
  measured('bi-omraden-h2', 'bi-fler-omraden', '2025-09-30', 27),
  measured('bi-inbrott-2025', 'bi-farre-inbrott', '2025-10-10', 52, 'Januari–september 2025, uppräknat till helår.'),
  work('2025-10-15', {
    type: 'RecordGoalOutcome',
    data: {
      goalId: 'bi-farre-inbrott',
      production: 'Utskicket blev inte av; informationsmötet hölls.',
      process: 'Tryckeriet var upptaget före semestern.',
      effect: { measuredValue: 52, comment: 'Nedgång, men målet är inte nått.' },
    },
  }),
  work('2025-10-15', {
    type: 'RecordGoalOutcome',
    data: { goalId: 'bi-fler-omraden', production: 'Tre nya områden startade.', process: 'Svårt att hitta kontaktombud.', effect: { measuredValue: 27 } },
  }),
  work('2025-10-20', { type: 'ConcludeEvaluation', data: { conclusion: 'Fortsätt med grannsamverkan ett år till; utskicket görs om i god tid.' } }),
  ...decided('bi-cykel-2', 'newCycle', '2025-11-12', 'Målen är inte nådda; arbetet fortsätter.', 'Styrgruppen 5/2025'),
  work('2025-11-20', {
    type: 'CarryWorkForward',
    data: { fromCycle: 1, sourceIds: ['bi-anmalningar-2023'], causeIds: [], goalIds: ['bi-fler-omraden'], measureIds: ['bi-nya-omraden'] },
  }),
];

/** Plays the history on the freshly proposed focus area (revision 0), one command per append. */
export const playDemoCycleHistory = async (appender: EventAppender, facts: AgreementFacts, proposal: ProposeFocusArea, correlationId: string) => {
  const stored = (events: readonly { type: string; data: unknown }[], state: FocusAreaState) =>
    events.reduce((s, e) => evolveFocusArea(s, upcastFocusAreaEvent({ ...e, machineVersion: FOCUS_AREA_MACHINE_VERSION })), state);
  let state = stored(decideFocusArea(proposal, initialFocusAreaState(facts)), initialFocusAreaState(facts));
  let revision = 0;
  for (const step of HISTORY) {
    const actor = ACTORS[step.by];
    const context: CommandContext = { ...actor, now: `${step.on}T09:00:00.000Z`, correlationId };
    const facts = step.by === 'coordinator' ? undefined : { decidingPartyId: actor.onBehalfOfPartyId };
    const events = decideFocusArea(step.command, state, facts);
    const streamId = focusAreaStreamId(proposal.data.focusAreaId);
    await appender.append({ streamId, context, loadedRevision: revision, machineVersion: FOCUS_AREA_MACHINE_VERSION }, () => events);
    state = stored(events, state);
    revision += events.length;
  }
};
