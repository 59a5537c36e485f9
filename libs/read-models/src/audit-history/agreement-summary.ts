import { OBLIGATION_KIND_LABEL_SV, type AgreementEvent } from '@samverkan/agreements';
import { listSv, ROLE_LABEL_SV } from './labels.js';

const forParty = (partyId: string | undefined): string => (partyId !== undefined ? ` för parten ${partyId}` : '');

/** One Swedish sentence per agreement event; the agreement names its parties, so names are used here. */
export const agreementSummary = (event: AgreementEvent): string => {
  switch (event.type) {
    case 'AgreementRegistered': {
      const { name, period, parties } = event.data;
      return `Registrerade överenskommelsen "${name}" för ${period.from}–${period.to} med parterna ${listSv(parties.map((p) => p.name))}`;
    }
    case 'RoleAssigned': {
      const { userId, role, partyId, function: fn } = event.data;
      return `Gav ${userId} rollen ${ROLE_LABEL_SV[role] ?? role}${forParty(partyId)} (${fn})`;
    }
    case 'RoleRevoked': {
      const { userId, role, partyId } = event.data;
      return `Tog rollen ${ROLE_LABEL_SV[role] ?? role}${forParty(partyId)} från ${userId}`;
    }
    case 'ObligationFulfilled': {
      const { obligationKind, fulfilledOn } = event.data;
      return `Registrerade att åtagandet om ${OBLIGATION_KIND_LABEL_SV[obligationKind] ?? obligationKind} fullgjordes ${fulfilledOn}`;
    }
  }
};
