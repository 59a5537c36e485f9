/**
 * Every event type the log holds, in Swedish, grouped as an auditor looks for them: the one home
 * of these words. The audit CSV reads them (labels.ts), and so do the web's filters and table,
 * through its `@samverkan/audit-labels` alias: this file imports nothing, so the browser bundle
 * takes only the words. Soft hyphens let long compounds break in a narrow column.
 */
export const EVENT_TYPE_GROUPS_SV: readonly { readonly legend: string; readonly types: readonly (readonly [string, string])[] }[] = [
  {
    legend: 'Beslut i rådet',
    types: [
      ['TransitionProposed', 'Förslag till rådet'],
      ['TransitionApproved', 'Godkännande av part'],
      ['TransitionRejected', 'Avslag av part'],
      ['ProposalVoided', 'Förslag tillbakadraget eller upphävt'],
    ],
  },
  {
    legend: 'Steg och cykler',
    types: [
      ['FocusAreaProposed', 'Fokusområde föreslaget'],
      ['FocusAreaPrioritised', 'Fokusområde prioriterat'],
      ['StepAdvanced', 'Vidare till nästa steg'],
      ['SteppedBack', 'Tillbaka till tidigare steg'],
      ['NewCycleStarted', 'Ny cykel startad'],
      ['WorkCarriedForward', 'Arbete fört vidare'],
      ['FocusAreaClosed', 'Fokusområde avslutat'],
      ['FocusAreaWithdrawn', 'Fokusområde återkallat'],
      ['FocusAreaScopeChanged', 'Barn och unga: ändrat'],
    ],
  },
  {
    legend: 'Arbetet i stegen',
    types: [
      ['ProblemStatementRecorded', 'Problem\u00adformulering'],
      ['SourceAdded', 'Källa tillagd'],
      ['SourceRemoved', 'Källa borttagen'],
      ['CauseIdentified', 'Orsak identifierad'],
      ['CauseRemoved', 'Orsak borttagen'],
      ['GoalSet', 'Mål satt'],
      ['GoalRemoved', 'Mål borttaget'],
      ['GoalBaselineMeasured', 'Utgångsvärde uppmätt'],
      ['IndicatorMeasured', 'Indikator mätt'],
      ['IndicatorMeasurementRemoved', 'Mätning borttagen'],
      ['MeasurePlanned', 'Åtgärd planerad'],
      ['MeasureRemoved', 'Åtgärd borttagen'],
      ['MeasureStatusUpdated', 'Åtgärd uppföljd'],
      ['ChildImpactAssessmentRecorded', 'Barnkonsekvens\u00adanalys'],
      ['GoalOutcomeRecorded', 'Utfall för mål'],
      ['EvaluationConcluded', 'Slutsats av utvärdering'],
    ],
  },
  {
    legend: 'Överenskommelsen',
    types: [
      ['AgreementRegistered', 'Överenskommelse registrerad'],
      ['AmendmentProposed', 'Ändring föreslagen'],
      ['AmendmentApproved', 'Ändring godkänd av part'],
      ['AmendmentRejected', 'Ändring avslagen av part'],
      ['AgreementAmended', 'Överenskommelse ändrad'],
      ['OverallGoalSet', 'Övergripande mål angivet'],
      ['OverallGoalRemoved', 'Övergripande mål borttaget'],
      ['RoleAssigned', 'Roll tilldelad'],
      ['RoleRevoked', 'Roll återkallad'],
      ['ObligationFulfilled', 'Åtagande fullgjort'],
      ['PublicPagePublished', 'Offentlig sida publicerad'],
      ['PublicPageWithdrawn', 'Offentlig sida borttagen'],
      ['AnnexCreated', 'Bilaga skapad'],
      ['AnnexVersionDrafted', 'Bilaga: ny version'],
      ['AnnexVersionDecided', 'Bilaga beslutad'],
      ['AnnexVersionSigned', 'Bilaga undertecknad'],
    ],
  },
  {
    legend: 'Möten',
    types: [
      ['MeetingScheduled', 'Möte planerat'],
      ['AgendaItemAdded', 'Punkt på dagordningen'],
      ['AgendaItemRemoved', 'Punkt struken från dagordningen'],
      ['AgendaReordered', 'Dagordningen ändrad'],
      ['MeetingHeld', 'Möte hållet'],
      ['MinutesAdopted', 'Protokoll fastställt'],
      ['MinutesChecked', 'Protokoll justerat'],
    ],
  },
];

const EVENT_TYPE_LABEL_SV: ReadonlyMap<string, string> = new Map(EVENT_TYPE_GROUPS_SV.flatMap((g) => g.types.map(([type, label]) => [type, label])));

/** The event type in Swedish, without soft hyphens when `plain` (a file, a file name); a type not known here is given as stored. */
export const eventTypeLabelSv = (type: string, plain = false): string => {
  const label = EVENT_TYPE_LABEL_SV.get(type) ?? type;
  return plain ? label.replaceAll('\u00ad', '') : label;
};

/** The events that are the council's decisions and what they decided: the steps of a replay "beslut för beslut". */
export const DECISION_EVENT_TYPES: readonly string[] = [
  'FocusAreaProposed',
  'TransitionProposed',
  'TransitionApproved',
  'TransitionRejected',
  'ProposalVoided',
  'FocusAreaPrioritised',
  'StepAdvanced',
  'SteppedBack',
  'NewCycleStarted',
  'FocusAreaClosed',
  'FocusAreaWithdrawn',
  'AgreementRegistered',
  'AmendmentApproved',
  'AmendmentRejected',
  'AgreementAmended',
];
