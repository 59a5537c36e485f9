import type { GivenEvent } from './api-specification.js';
import { roleAssigned } from './given-agreement.js';

/** Kriminalvården joins the agreement from 1 June 2025: the amendment these specs propose. */
export const joinKriminalvarden = {
  amendmentId: 'add-kriminalvarden',
  effectiveFrom: '2025-06-01',
  grounds: 'Kriminalvården ansluter till samverkan om återfallsförebyggande arbete.',
  changes: [
    {
      kind: 'addParty',
      party: { partyId: 'kriminalvarden', name: 'Kriminalvården', kind: 'other' },
      signatory: { function: 'Regionchef', signedOn: '2025-05-20' },
    },
  ],
};

export const amendmentRoles = (agreementId: string) => [
  roleAssigned(agreementId, 'lomma.samordnare', 'coordinator', 'kommunen', 'Säkerhetschef'),
  roleAssigned(agreementId, 'lomma.rad.kommun', 'councilRepresentative', 'kommunen', 'Kommunstyrelsens ordförande'),
  roleAssigned(agreementId, 'lomma.rad.polis', 'councilRepresentative', 'polisen', 'Lokalpolisområdeschef'),
  roleAssigned(agreementId, 'lomma.revisor', 'auditor', undefined, 'Revisor'),
];

/** The amendment proposed by the coordinator on 1 March 2025. */
export const proposed = (agreementId: string): GivenEvent => ({
  type: 'AmendmentProposed',
  data: { agreementId, ...joinKriminalvarden, proposedOn: '2025-03-01' },
  metadata: { actorId: 'lomma.samordnare', actorRole: 'coordinator' },
});
