import type { MeetingEvent } from '@samverkan/meetings';
import { dateSv } from './date-sv.js';
import { NO_NAMES, type NameOf } from './audit-references.js';

const BODY_SV = { council: 'strategiska rådet', operativeGroup: 'operativa gruppen' } as const;

/** One Swedish sentence per meeting event: what an auditor reads in the history of a meeting. */
export const meetingSummary = (event: MeetingEvent, nameOf: NameOf = NO_NAMES): string => {
  switch (event.type) {
    case 'MeetingScheduled':
      return `Planerade ett möte i ${BODY_SV[event.data.body] ?? event.data.body} ${dateSv(event.data.date)} (${event.data.place})`;
    case 'AgendaItemAdded':
      return `Lade till punkten ”${event.data.title}” på dagordningen`;
    case 'AgendaItemRemoved':
      return 'Tog bort en punkt från dagordningen';
    case 'AgendaReordered':
      return 'Ändrade ordningen på dagordningen';
    case 'MeetingHeld':
      return `Registrerade att mötet hölls ${dateSv(event.data.heldOn)}`;
    case 'MinutesAdopted':
      return 'Fastställde protokollet';
    case 'MinutesChecked':
      return `Justerade protokollet för ${nameOf('party', event.data.partyId) ?? `parten ${event.data.partyId}`}`;
  }
};
