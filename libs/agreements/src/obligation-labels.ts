import type { ObligationKind } from './obligation.js';

/** The officials' names for each kind of obligation, for lists, audit rows and messages. */
export const OBLIGATION_KIND_LABEL_SV: Readonly<Record<ObligationKind, string>> = {
  councilMeetings: 'möten i strategiska rådet',
  operativeGroupMeetings: 'möten i operativa samverkansgruppen',
  agreementFollowUp: 'uppföljning av överenskommelsen',
  situationPictureUpdate: 'uppdatering av lägesbilden',
  actionPlanFollowUp: 'uppföljning av åtgärdsplanen',
  citizenPromiseRenewal: 'förnyat medborgarlöfte',
  outcomeReport: 'rapport om resultatet efter perioden',
  annualReport: 'årlig rapport om resultaten',
  agreementRenewal: 'ny samverkansöverenskommelse',
};
