import type { AnnexKind } from '../annex-kind.js';
import type { AgreementPartyFact, AnnexFacts } from '../commands/annex-commands.js';
import type { AnnexCreated, AnnexFile, AnnexVersionDecided, AnnexVersionDrafted, AnnexVersionSigned } from '../events.js';

/** Lomma's parties, and a third (the rescue service) for the citizen promise's rules. */
export const KOMMUNEN: AgreementPartyFact = { partyId: 'lomma-kommun', kind: 'municipality' };
export const POLISEN: AgreementPartyFact = { partyId: 'lpo-kavlinge', kind: 'localPoliceArea' };
export const RADDNINGSTJANSTEN: AgreementPartyFact = { partyId: 'raddningstjansten', kind: 'other' };
export const TWO_PARTIES = [KOMMUNEN, POLISEN];
export const THREE_PARTIES = [KOMMUNEN, POLISEN, RADDNINGSTJANSTEN];

export const facts = (over: Partial<AnnexFacts> = {}): AnnexFacts => ({ today: '2025-06-30', parties: TWO_PARTIES, ...over });

export const PDF: AnnexFile = { fileName: 'lagesbild-2025.pdf', mediaType: 'application/pdf', sha256: 'a'.repeat(64), bytes: 123_456 };

export const annexCreated = (kind: AnnexKind = 'situationPicture', annexId = 'lomma-lagesbild'): AnnexCreated => ({
  type: 'AnnexCreated',
  schemaVersion: 1,
  data: { annexId, agreementId: 'lomma-2023-2027', kind, title: 'Lägesbild Lomma' },
});

export const drafted = (
  version: number,
  bindingPartyIds: readonly string[] = ['lomma-kommun', 'lpo-kavlinge'],
  files: readonly AnnexFile[] = [],
): AnnexVersionDrafted => ({
  type: 'AnnexVersionDrafted',
  schemaVersion: 1,
  data: { version, text: `Lägesbild, version ${version}.`, files, bindingPartyIds },
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
