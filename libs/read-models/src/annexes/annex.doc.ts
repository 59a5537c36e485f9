import type { AnnexFile, AnnexKind } from '@samverkan/annexes';
import type { IsoDate, ProtocolReference } from '@samverkan/shared-kernel';

/** Who recorded a step, and when (the event's metadata). */
export interface Recorded {
  readonly at: string;
  readonly by: string;
}

export interface AnnexDocSignature extends Recorded {
  readonly partyId: string;
  readonly signedOn: IsoDate;
  /** The role the signer acted in: the party's council representative or its substitute. */
  readonly role: string;
}

export interface AnnexDocVersion {
  readonly version: number;
  readonly text: string;
  readonly files: readonly AnnexFile[];
  readonly bindingPartyIds: readonly string[];
  readonly drafted: Recorded;
  readonly decision: (Recorded & { readonly decidedOn: IsoDate; readonly protocol: ProtocolReference | null }) | null;
  readonly signatures: readonly AnnexDocSignature[];
  /** The day it became valid (decided and signed by every bound party), or null while it is not. */
  readonly validFrom: IsoDate | null;
}

/** One annex of an agreement and every version of it: what the annex pages and the obligations read. */
export interface AnnexDoc {
  readonly annexId: string;
  readonly agreementId: string;
  readonly kind: AnnexKind;
  readonly title: string;
  readonly created: Recorded;
  readonly versions: readonly AnnexDocVersion[];
  readonly lastEventAt: string;
  readonly revision: number;
  readonly position: string;
}
