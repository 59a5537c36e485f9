import type { AnnexCreated, AnnexKind, AnnexVersionDecided, AnnexVersionDrafted, AnnexVersionSigned } from '@samverkan/annexes';

/** Annex events for the read-model specs, as the annex decider writes them. */
export const annexCreated = (kind: AnnexKind = 'situationPicture', annexId = 'lomma-lagesbild'): AnnexCreated => ({
  type: 'AnnexCreated',
  schemaVersion: 1,
  data: { annexId, agreementId: 'lomma-2023-2027', kind, title: 'Lägesbild Lomma' },
});

export const drafted = (version: number, bindingPartyIds: readonly string[] = ['lomma-kommun', 'lpo-kavlinge']): AnnexVersionDrafted => ({
  type: 'AnnexVersionDrafted',
  schemaVersion: 1,
  data: { version, text: `Version ${version}.`, files: [], bindingPartyIds },
});

export const decided = (version: number, decidedOn: string): AnnexVersionDecided => ({
  type: 'AnnexVersionDecided',
  schemaVersion: 1,
  data: { version, decidedOn },
});

export const signed = (version: number, partyId: string, signedOn: string): AnnexVersionSigned => ({
  type: 'AnnexVersionSigned',
  schemaVersion: 1,
  data: { version, partyId, signedOn },
});
