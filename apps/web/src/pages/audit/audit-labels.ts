import type { ActorRole } from '../../api/schema';

/** Every event type the log holds, in Swedish, grouped as an auditor looks for them (soft hyphens let long compounds break in a narrow column). */
export const EVENT_TYPE_GROUPS: readonly { readonly legend: string; readonly types: readonly (readonly [string, string])[] }[] = [
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
      ['RoleAssigned', 'Roll tilldelad'],
      ['RoleRevoked', 'Roll återkallad'],
      ['ObligationFulfilled', 'Åtagande fullgjort'],
    ],
  },
];

const EVENT_TYPE_LABEL: ReadonlyMap<string, string> = new Map(EVENT_TYPE_GROUPS.flatMap((g) => g.types));

/** The event type in Swedish; a type this page does not know yet is shown as it is stored. */
export const eventTypeLabel = (type: string): string => EVENT_TYPE_LABEL.get(type) ?? type;

export const ACTOR_ROLE_LABEL: Readonly<Record<ActorRole, string>> = {
  administrator: 'Administratör',
  coordinator: 'Samordnare',
  councilRepresentative: 'Rådsrepresentant',
  councilSubstitute: 'Ersättare i rådet',
  auditor: 'Revisor',
};

/** What kind of change (GET /changes), as a short Swedish tag beside its sentence. */
const CHANGE_KIND_LABEL: Readonly<Record<string, string>> = {
  agreementRegistered: 'Överenskommelse',
  roleAssigned: 'Roll tilldelad',
  roleRevoked: 'Roll återkallad',
  obligationFulfilled: 'Åtagande fullgjort',
  focusAreaAdded: 'Nytt fokusområde',
  focusAreaRemoved: 'Fokusområde saknas',
  stepChanged: 'Nytt steg',
  cycleStarted: 'Ny cykel',
  proposalPending: 'Förslag väntar',
  proposalPartyApproved: 'Part godkände',
  proposalApproved: 'Förslag godkänt',
  proposalRejected: 'Förslag avslaget',
  proposalNoLongerPending: 'Förslag väntar inte längre',
  problemStatementChanged: 'Problemformulering',
  sourceAdded: 'Källa tillagd',
  sourceRemoved: 'Källa borttagen',
  causeAdded: 'Orsak tillagd',
  causeRemoved: 'Orsak borttagen',
  goalAdded: 'Mål satt',
  goalChanged: 'Mål ändrat',
  goalRemoved: 'Mål borttaget',
  goalOutcomeRecorded: 'Utfall',
  measureAdded: 'Åtgärd planerad',
  measureRemoved: 'Åtgärd borttagen',
  measureStatusChanged: 'Uppföljning',
  measureDueDateChanged: 'Nytt slutdatum',
  measureChanged: 'Åtgärd ändrad',
  childImpactAssessmentRecorded: 'Barnkonsekvensanalys',
  conclusionRecorded: 'Slutsats',
};

export const changeKindLabel = (kind: string): string => CHANGE_KIND_LABEL[kind] ?? kind;

/** How the maker of an event signed in, as the audit table says it: the method, the provider's host and the assurance level. */
export const signInLabel = (row: {
  readonly signInMethod?: 'password' | 'oidc' | null;
  readonly signInIssuer?: string | null;
  readonly signInAcr?: string | null;
}): string | null => {
  if (row.signInMethod === 'password') return 'Inloggad med lösenord';
  if (row.signInMethod !== 'oidc') return null;
  const provider = row.signInIssuer ? ` via ${hostOf(row.signInIssuer)}` : '';
  // Sweden Connect's levels are URIs ending in their name (…/loa/1.0/loa3): the name is what a reader knows.
  const level = row.signInAcr ? `, tillitsnivå ${row.signInAcr.split('/').filter(Boolean).pop()}` : '';
  return `Inloggad${provider}${level}`;
};

const hostOf = (issuer: string): string => {
  try {
    return new URL(issuer).host;
  } catch {
    return issuer;
  }
};
