import { ANNEX_EVENT_TYPES, ANNEX_KIND_LABEL_SV, type AnnexEvent, type AnnexEventType } from '@samverkan/annexes';
import { dateSv } from '../audit-history/date-sv.js';
import { NO_NAMES, type NameOf } from '../audit-history/audit-references.js';
import { listSv } from '../audit-history/labels.js';

export const isAnnexEventType = (type: string): type is AnnexEventType => ANNEX_EVENT_TYPES.includes(type as AnnexEventType);

const party = (partyId: string, nameOf: NameOf): string => nameOf('party', partyId) ?? `parten ${partyId}`;

/** One Swedish sentence per annex event, for the audit history: what was decided or signed, and when. */
export const annexSummary = (event: AnnexEvent, nameOf: NameOf = NO_NAMES): string => {
  switch (event.type) {
    case 'AnnexCreated':
      return `Skapade bilagan ”${event.data.title}” (${ANNEX_KIND_LABEL_SV[event.data.kind].toLowerCase()})`;
    case 'AnnexVersionDrafted': {
      const { version, files, bindingPartyIds } = event.data;
      const attached = files.length > 0 ? ` med ${files.length === 1 ? 'en fil' : `${files.length} filer`}` : '';
      return `Skrev version ${version} av bilagan${attached}, bindande för ${listSv(bindingPartyIds.map((id) => nameOf('party', id) ?? id))}`;
    }
    case 'AnnexVersionDecided': {
      const { version, decidedOn, protocol } = event.data;
      return `Registrerade rådets beslut ${dateSv(decidedOn)} om version ${version} av bilagan${protocol ? ` (§ ${protocol.paragraph})` : ''}`;
    }
    case 'AnnexVersionSigned':
      return `Undertecknade version ${event.data.version} av bilagan ${dateSv(event.data.signedOn)} för ${party(event.data.partyId, nameOf)}`;
  }
};
