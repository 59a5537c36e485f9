import { currentValidVersion, type AnnexKind } from '@samverkan/annexes';
import type { IsoDate } from '@samverkan/shared-kernel';
import type { AnnexDoc, AnnexDocVersion } from './annex.doc.js';

/** A version that came into force, by kind: what meets the annexes' obligations. */
export interface ValidAnnexVersion {
  readonly kind: AnnexKind;
  readonly annexId: string;
  readonly version: number;
  readonly validFrom: IsoDate;
}

/** Every version of the agreement's annexes that became valid, oldest first. */
export const validAnnexVersions = (annexes: readonly AnnexDoc[]): ValidAnnexVersion[] =>
  annexes
    .flatMap((annex) =>
      annex.versions.flatMap((v) =>
        v.validFrom === null ? [] : [{ kind: annex.kind, annexId: annex.annexId, version: v.version, validFrom: v.validFrom }],
      ),
    )
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));

/** The version of an annex in force on a day (or now): the newest valid one. */
export const versionInForce = (annex: AnnexDoc, asOf?: IsoDate): AnnexDocVersion | undefined => currentValidVersion(annex.versions, asOf);

/**
 * Where a version stands: in force (the newest valid one), superseded (a newer version is valid),
 * awaiting signatures (decided, not yet signed by every bound party), a draft awaiting the
 * council's decision, or replaced (a newer draft came before it was decided).
 */
export type AnnexVersionStatus = 'inForce' | 'superseded' | 'awaitingSignatures' | 'draft' | 'replaced';
export const ANNEX_VERSION_STATUSES: readonly AnnexVersionStatus[] = ['inForce', 'superseded', 'awaitingSignatures', 'draft', 'replaced'];

export const annexVersionStatus = (annex: AnnexDoc, version: AnnexDocVersion): AnnexVersionStatus => {
  const inForce = versionInForce(annex);
  if (inForce?.version === version.version) return 'inForce';
  if (inForce !== undefined && inForce.version > version.version) return 'superseded';
  if (version.decision !== null) return 'awaitingSignatures';
  return annex.versions.some((v) => v.version > version.version) ? 'replaced' : 'draft';
};

/** The bound parties that have not signed the version yet. */
export const partiesYetToSign = (version: AnnexDocVersion): string[] =>
  version.bindingPartyIds.filter((partyId) => !version.signatures.some((s) => s.partyId === partyId));
