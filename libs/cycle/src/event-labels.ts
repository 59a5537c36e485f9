import type { FocusAreaEventType } from './focus-area.events.js';

/** What each event does, in the officials' words, for "not allowed in this step" messages. */
export const EVENT_ACTION_SV: Readonly<Record<FocusAreaEventType, string>> = {
  FocusAreaProposed: 'föreslå fokusområdet',
  ProblemStatementRecorded: 'registrera problemformuleringen',
  SourceAdded: 'lägga till en källa',
  SourceRemoved: 'ta bort en källa',
  CauseIdentified: 'identifiera en orsak',
  CauseRemoved: 'ta bort en orsak',
  GoalSet: 'sätta ett mål',
  GoalRemoved: 'ta bort ett mål',
  MeasurePlanned: 'planera en åtgärd',
  MeasureRemoved: 'ta bort en åtgärd',
  MeasureStatusUpdated: 'följa upp en åtgärds status',
  ChildImpactAssessmentRecorded: 'registrera en barnkonsekvensanalys',
  GoalOutcomeRecorded: 'registrera utfall för ett mål',
  EvaluationConcluded: 'dra en slutsats av utvärderingen',
  TransitionProposed: 'lägga ett förslag till rådet',
  TransitionApproved: 'godkänna ett förslag',
  TransitionRejected: 'avslå ett förslag',
  ProposalVoided: 'dra tillbaka ett förslag',
  FocusAreaPrioritised: 'prioritera fokusområdet',
  StepAdvanced: 'gå vidare till nästa steg',
  SteppedBack: 'gå tillbaka till ett tidigare steg',
  FocusAreaClosed: 'avsluta fokusområdet',
  NewCycleStarted: 'starta en ny cykel',
  FocusAreaWithdrawn: 'återkalla fokusområdet',
};
