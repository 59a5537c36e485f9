import type { ObligationState } from '../../api/schema';

/** How each obligation stands, in the words the coordinators use; the icon only repeats the word. */
export const OBLIGATION_STATE: Readonly<Record<ObligationState, { readonly label: string; readonly icon: string }>> = {
  met: { label: 'Uppfylld', icon: '✓' },
  due: { label: 'Ska göras snart', icon: '◷' },
  overdue: { label: 'Försenad', icon: '!' },
  notYetDue: { label: 'Inte aktuell än', icon: '–' },
};

/** Worst first: what needs doing comes to the top of the table. */
export const OBLIGATION_STATE_ORDER: readonly ObligationState[] = ['overdue', 'due', 'notYetDue', 'met'];

/** The officials' names for each kind of obligation (as the API's audit rows name them). */
export const OBLIGATION_KIND_LABEL: Readonly<Record<string, string>> = {
  councilMeetings: 'Möten i strategiska rådet',
  operativeGroupMeetings: 'Möten i operativa samverkansgruppen',
  agreementFollowUp: 'Uppföljning av överenskommelsen',
  situationPictureUpdate: 'Uppdatering av lägesbilden',
  actionPlanFollowUp: 'Uppföljning av åtgärdsplanen',
  citizenPromiseRenewal: 'Förnyat medborgarlöfte',
  outcomeReport: 'Rapport om resultatet efter perioden',
  annualReport: 'Årlig rapport om resultaten',
  agreementRenewal: 'Ny samverkansöverenskommelse',
};

export const obligationKindLabel = (kind: string): string => OBLIGATION_KIND_LABEL[kind] ?? kind;
