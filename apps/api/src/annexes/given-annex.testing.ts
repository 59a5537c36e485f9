import { annexStreamId } from '@samverkan/shared-kernel';
import type { GivenEvent, GivenStream } from '../../../../test/support/api-specification.js';
import { givenAgreement, roleAssigned } from '../../../../test/support/given-agreement.js';

/** The spec agreement (parties `kommunen` and `polisen`) with a coordinator and each party's council representative. */
export const givenAgreementWithCouncil = (agreementId: string): GivenStream =>
  givenAgreement(
    agreementId,
    roleAssigned(agreementId, 'lomma.samordnare', 'coordinator', 'kommunen', 'Säkerhetschef'),
    roleAssigned(agreementId, 'lomma.rad.kommun', 'councilRepresentative', 'kommunen', 'Kommunstyrelsens ordförande'),
    roleAssigned(agreementId, 'lomma.rad.polis', 'councilRepresentative', 'polisen', 'Lokalpolisområdeschef'),
    roleAssigned(agreementId, 'lomma.revisor', 'auditor', undefined, 'Revisor'),
  );

export const coordinator = { actorId: 'lomma.samordnare', actorRole: 'coordinator' } as const;

export const annexCreated = (annexId: string, agreementId: string, kind = 'situationPicture'): GivenEvent => ({
  type: 'AnnexCreated',
  data: { annexId, agreementId, kind, title: 'Lägesbild' },
  metadata: coordinator,
});

export const versionDrafted = (version: number, files: readonly unknown[] = []): GivenEvent => ({
  type: 'AnnexVersionDrafted',
  data: { version, text: `Lägesbild, version ${version}.`, files, bindingPartyIds: ['kommunen', 'polisen'] },
  metadata: coordinator,
});

export const versionDecided = (version: number, decidedOn: string): GivenEvent => ({
  type: 'AnnexVersionDecided',
  data: { version, decidedOn },
  metadata: coordinator,
});

export const versionSigned = (version: number, partyId: string, signedOn: string): GivenEvent => ({
  type: 'AnnexVersionSigned',
  data: { version, partyId, signedOn },
  metadata: { actorId: partyId === 'kommunen' ? 'lomma.rad.kommun' : 'lomma.rad.polis', actorRole: 'councilRepresentative', onBehalfOfPartyId: partyId },
});

/** An annex of the agreement with these events after its creation. */
export const givenAnnex = (annexId: string, agreementId: string, ...then: GivenEvent[]): GivenStream => ({
  streamId: annexStreamId(annexId),
  events: [annexCreated(annexId, agreementId), ...then],
});
