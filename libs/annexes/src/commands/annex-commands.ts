import type { IsoDate, ProtocolReference } from '@samverkan/shared-kernel';
import type { AnnexKind } from '../annex-kind.js';
import type { AnnexFile } from '../events.js';

export interface CreateAnnex {
  readonly type: 'CreateAnnex';
  readonly data: { readonly annexId: string; readonly agreementId: string; readonly kind: AnnexKind; readonly title: string };
}

export interface DraftAnnexVersion {
  readonly type: 'DraftAnnexVersion';
  /** Without `bindingPartyIds` the version binds every party of the agreement. */
  readonly data: { readonly text: string; readonly files: readonly AnnexFile[]; readonly bindingPartyIds?: readonly string[] };
}

export interface DecideAnnexVersion {
  readonly type: 'DecideAnnexVersion';
  readonly data: { readonly version: number; readonly decidedOn: IsoDate };
}

export interface SignAnnexVersion {
  readonly type: 'SignAnnexVersion';
  readonly data: { readonly version: number; readonly partyId: string; readonly signedOn: IsoDate };
}

export type AnnexCommand = CreateAnnex | DraftAnnexVersion | DecideAnnexVersion | SignAnnexVersion;

/** A party of the agreement as the annex rules need it: who it is and what kind of organisation. */
export interface AgreementPartyFact {
  readonly partyId: string;
  readonly kind: 'municipality' | 'localPoliceArea' | 'other';
}

/**
 * What the API established before deciding: the day (the API's clock, in Swedish time), the
 * agreement's parties (from its stream), and the meeting paragraph a decision cites once
 * MeetingCitations has checked it.
 */
export interface AnnexFacts {
  readonly today: IsoDate;
  readonly parties: readonly AgreementPartyFact[];
  readonly protocol?: ProtocolReference;
}
