import type { IsoDate, ProtocolReference } from '@samverkan/shared-kernel';
import type { AnnexKind } from './annex-kind.js';
import type { AnnexEvent, AnnexFile } from './events.js';

export interface AnnexSignature {
  readonly partyId: string;
  readonly signedOn: IsoDate;
}

export interface AnnexDecision {
  readonly decidedOn: IsoDate;
  readonly protocol?: ProtocolReference;
}

export interface AnnexVersion {
  readonly version: number;
  readonly text: string;
  readonly files: readonly AnnexFile[];
  readonly bindingPartyIds: readonly string[];
  readonly decision: AnnexDecision | null;
  readonly signatures: readonly AnnexSignature[];
}

export interface NoAnnex {
  readonly status: 'none';
}

export interface ExistingAnnex {
  readonly status: 'created';
  readonly annexId: string;
  readonly agreementId: string;
  readonly kind: AnnexKind;
  readonly title: string;
  /** In version order: version n is at index n - 1. */
  readonly versions: readonly AnnexVersion[];
}

export type AnnexState = NoAnnex | ExistingAnnex;

export const initialAnnexState = (): AnnexState => ({ status: 'none' });

const withVersion = (state: ExistingAnnex, version: number, change: (v: AnnexVersion) => AnnexVersion): ExistingAnnex => ({
  ...state,
  versions: state.versions.map((v) => (v.version === version ? change(v) : v)),
});

/** Total and pure: a stored event is applied as the fact it is, never judged again. */
export const evolveAnnex = (state: AnnexState, event: AnnexEvent): AnnexState => {
  if (event.type === 'AnnexCreated') return state.status === 'none' ? { status: 'created', ...event.data, versions: [] } : state;
  if (state.status === 'none') return state;
  switch (event.type) {
    case 'AnnexVersionDrafted':
      return { ...state, versions: [...state.versions, { ...event.data, decision: null, signatures: [] }] };
    case 'AnnexVersionDecided': {
      const { decidedOn, protocol } = event.data;
      return withVersion(state, event.data.version, (v) => ({ ...v, decision: protocol ? { decidedOn, protocol } : { decidedOn } }));
    }
    case 'AnnexVersionSigned': {
      const { partyId, signedOn } = event.data;
      return withVersion(state, event.data.version, (v) => ({ ...v, signatures: [...v.signatures, { partyId, signedOn }] }));
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
};

export const foldAnnex = (events: readonly AnnexEvent[]): AnnexState => events.reduce(evolveAnnex, initialAnnexState());

export const versionOf = (state: AnnexState, version: number): AnnexVersion | undefined =>
  state.status === 'created' ? state.versions.find((v) => v.version === version) : undefined;
