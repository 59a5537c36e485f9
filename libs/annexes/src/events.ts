import type { DomainEvent, IsoDate, ProtocolReference } from '@samverkan/shared-kernel';
import type { AnnexKind } from './annex-kind.js';

type V1<TType extends string, TData> = DomainEvent<TType, TData> & { readonly schemaVersion: 1 };

/**
 * A file attached to a version, named by the sha256 of its bytes: the event holds only this
 * reference, the bytes are kept once in the file store, and a changed file is a different hash.
 */
export interface AnnexFile {
  readonly fileName: string;
  readonly mediaType: string;
  /** Lower-case hex, 64 digits. */
  readonly sha256: string;
  readonly bytes: number;
}

/** A coordinator opened an annex of the agreement: its situation picture, its action plan or a citizen promise. */
export type AnnexCreated = V1<
  'AnnexCreated',
  { readonly annexId: string; readonly agreementId: string; readonly kind: AnnexKind; readonly title: string }
>;

/** A version's text and files were written down, binding these parties once decided and signed. */
export type AnnexVersionDrafted = V1<
  'AnnexVersionDrafted',
  { readonly version: number; readonly text: string; readonly files: readonly AnnexFile[]; readonly bindingPartyIds: readonly string[] }
>;

/** The council decided the version on a day, at a meeting paragraph when it was held in the app. */
export type AnnexVersionDecided = V1<
  'AnnexVersionDecided',
  { readonly version: number; readonly decidedOn: IsoDate; readonly protocol?: ProtocolReference }
>;

/** A bound party signed the decided version, by its council representative or substitute. */
export type AnnexVersionSigned = V1<'AnnexVersionSigned', { readonly version: number; readonly partyId: string; readonly signedOn: IsoDate }>;

export type AnnexEvent = AnnexCreated | AnnexVersionDrafted | AnnexVersionDecided | AnnexVersionSigned;
export type AnnexEventType = AnnexEvent['type'];
export const ANNEX_EVENT_TYPES: readonly AnnexEventType[] = ['AnnexCreated', 'AnnexVersionDrafted', 'AnnexVersionDecided', 'AnnexVersionSigned'];
