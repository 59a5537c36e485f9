import { AMENDMENT_CHANGE_LABEL_SV, OBLIGATION_KIND_LABEL_SV, type AgreementEvent } from '@samverkan/agreements';
import { NO_NAMES, type NameOf } from './audit-references.js';
import { dateSv, periodSv } from './date-sv.js';
import { listSv, ROLE_LABEL_SV } from './labels.js';

/** " för Lomma kommun"; " för parten lomma-kommun" while the party's name is not known. */
const forParty = (partyId: string | undefined, nameOf: NameOf): string =>
  partyId !== undefined ? ` för ${nameOf('party', partyId) ?? `parten ${partyId}`}` : '';

/** One Swedish sentence per agreement event; the agreement names its parties, so names are used here. */
export const agreementSummary = (event: AgreementEvent, nameOf: NameOf = NO_NAMES): string => {
  switch (event.type) {
    case 'AgreementRegistered': {
      const { name, period, parties } = event.data;
      return `Registrerade överenskommelsen ”${name}” för ${periodSv(period)} med parterna ${listSv(parties.map((p) => p.name))}`;
    }
    // The sentence names the role and its function, never the account's user name (a technical
    // id, not for officials); the account stays in the row's data for an auditor who needs it.
    case 'RoleAssigned': {
      const { role, partyId, function: fn } = event.data;
      return `Gav ett konto rollen ${ROLE_LABEL_SV[role] ?? role}${forParty(partyId, nameOf)} (${fn})`;
    }
    case 'RoleRevoked': {
      const { role, partyId } = event.data;
      return `Tog rollen ${ROLE_LABEL_SV[role] ?? role}${forParty(partyId, nameOf)} från ett konto`;
    }
    case 'ObligationFulfilled': {
      const { obligationKind, fulfilledOn } = event.data;
      return `Registrerade att åtagandet om ${OBLIGATION_KIND_LABEL_SV[obligationKind] ?? obligationKind} fullgjordes ${dateSv(fulfilledOn)}`;
    }
    case 'AmendmentProposed': {
      const { amendmentId, effectiveFrom, changes } = event.data;
      return `Föreslog ändringen ${amendmentId} av överenskommelsen (${changes.map((c) => AMENDMENT_CHANGE_LABEL_SV[c.kind]).join(', ')}), att gälla från ${dateSv(effectiveFrom)}`;
    }
    case 'AmendmentApproved':
      return `Godkände ändringen ${event.data.amendmentId} av överenskommelsen${forParty(event.data.partyId, nameOf)}`;
    case 'AmendmentRejected':
      return `Avslog ändringen ${event.data.amendmentId} av överenskommelsen${forParty(event.data.partyId, nameOf)}: ${event.data.reason}`;
    case 'AgreementAmended':
      return `Överenskommelsen ändrades genom ${event.data.amendmentId} från ${dateSv(event.data.effectiveFrom)}, med alla parters godkännande`;
    case 'OverallGoalSet':
      return `Angav det övergripande målet ”${event.data.description}”`;
    case 'OverallGoalRemoved':
      return 'Tog bort ett övergripande mål';
    case 'PublicPagePublished':
      return 'Publicerade överenskommelsens offentliga sida för invånarna';
    case 'PublicPageWithdrawn':
      return `Tog bort överenskommelsens offentliga sida: ${event.data.reason}`;
  }
};
