import { laterOf, type IsoDate } from '@samverkan/shared-kernel';

/** What validity needs of a version; the aggregate's state and the read model both have it. */
export interface VersionForValidity {
  readonly version: number;
  readonly bindingPartyIds: readonly string[];
  readonly decision: { readonly decidedOn: IsoDate } | null;
  readonly signatures: readonly { readonly partyId: string; readonly signedOn: IsoDate }[];
}

/**
 * The day a version became valid, or null while it is not: an annex binds only once the council
 * has decided it and every party it binds has signed it (DOMAIN.md). It is valid from the later of
 * the decision and the last signature, the first day all of it holds.
 */
export const validFrom = (version: VersionForValidity): IsoDate | null => {
  if (version.decision === null) return null;
  let from = version.decision.decidedOn;
  for (const partyId of version.bindingPartyIds) {
    const signature = version.signatures.find((s) => s.partyId === partyId);
    if (!signature) return null;
    from = laterOf(from, signature.signedOn);
  }
  return from;
};

/**
 * The version in force: the newest valid one (a newer valid version supersedes the older, even
 * if the older's last signature came later). With `asOf`, only what was valid on that day counts.
 */
export const currentValidVersion = <V extends VersionForValidity>(versions: readonly V[], asOf?: IsoDate): V | undefined => {
  let current: V | undefined;
  for (const v of versions) {
    const from = validFrom(v);
    if (from !== null && (asOf === undefined || from <= asOf) && (current === undefined || v.version > current.version)) current = v;
  }
  return current;
};

/** Whether a newer version than this one is already valid, so this one can no longer come into force. */
export const isSuperseded = (versions: readonly VersionForValidity[], version: number): boolean =>
  versions.some((v) => v.version > version && validFrom(v) !== null);
