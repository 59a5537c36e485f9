import { DECISION_EVENT_TYPES, EVENT_TYPE_GROUPS_SV, eventTypeLabelSv } from '@samverkan/audit-labels';
import type { ActorRole } from '../../api/schema';

/** The event types in Swedish, grouped as an auditor looks for them: their one home is the read models' labels (the CSV says the same). */
export const EVENT_TYPE_GROUPS = EVENT_TYPE_GROUPS_SV;

/** The event type in Swedish; a type not known yet is shown as it is stored. */
export const eventTypeLabel = (type: string): string => eventTypeLabelSv(type);

export { DECISION_EVENT_TYPES };

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
