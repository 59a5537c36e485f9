import { ANNEX_EVENT_TYPES, validFrom, type AnnexEvent, type AnnexEventType } from '@samverkan/annexes';
import { annexIdOfStream } from '@samverkan/shared-kernel';
import type { ProjectedEvent } from '../projected-event.js';
import type { Projection } from '../projection.js';
import type { AnnexDoc, AnnexDocVersion } from './annex.doc.js';

const isAnnexEvent = (event: ProjectedEvent): boolean =>
  annexIdOfStream(event.streamId) !== null && ANNEX_EVENT_TYPES.includes(event.type as AnnexEventType);

const withVersion = (doc: AnnexDoc, version: number, change: (v: AnnexDocVersion) => Omit<AnnexDocVersion, 'validFrom'>): AnnexDoc => ({
  ...doc,
  versions: doc.versions.map((v) => {
    if (v.version !== version) return v;
    const changed = change(v);
    return { ...changed, validFrom: validFrom(changed) };
  }),
});

const applyTo = (doc: AnnexDoc, event: ProjectedEvent): AnnexDoc => {
  const typed = event as unknown as AnnexEvent;
  const recorded = { at: event.metadata.occurredAt, by: event.metadata.actorId };
  switch (typed.type) {
    case 'AnnexCreated':
      return doc;
    case 'AnnexVersionDrafted':
      return { ...doc, versions: [...doc.versions, { ...typed.data, drafted: recorded, decision: null, signatures: [], validFrom: null }] };
    case 'AnnexVersionDecided': {
      const { decidedOn, protocol } = typed.data;
      return withVersion(doc, typed.data.version, (v) => ({ ...v, decision: { ...recorded, decidedOn, protocol: protocol ?? null } }));
    }
    case 'AnnexVersionSigned': {
      const { partyId, signedOn } = typed.data;
      const signature = { ...recorded, partyId, signedOn, role: event.metadata.actorRole };
      return withVersion(doc, typed.data.version, (v) => ({ ...v, signatures: [...v.signatures, signature] }));
    }
  }
};

const evolveAnnexDoc = (doc: AnnexDoc | undefined, event: ProjectedEvent): AnnexDoc | undefined => {
  if (doc === undefined) {
    if (event.type !== 'AnnexCreated') return undefined;
    const { annexId, agreementId, kind, title } = (event as unknown as Extract<AnnexEvent, { type: 'AnnexCreated' }>).data;
    const at = event.metadata.occurredAt;
    return {
      annexId,
      agreementId,
      kind,
      title,
      created: { at, by: event.metadata.actorId },
      versions: [],
      lastEventAt: at,
      revision: event.revision,
      position: event.position,
    };
  }
  // The runner applies each event once; an event the document already reflects changes nothing.
  if (event.revision <= doc.revision) return doc;
  return { ...applyTo(doc, event), lastEventAt: event.metadata.occurredAt, revision: event.revision, position: event.position };
};

/**
 * The annexes: one document per annex, from its own stream. The document names its agreement
 * (from AnnexCreated), so it is indexed by agreement without the runner's stream index.
 */
export const annexesProjection: Projection<AnnexDoc> = {
  name: 'annexes',
  version: 1,
  route: (event) => (isAnnexEvent(event) ? [annexIdOfStream(event.streamId)!] : []),
  evolve: evolveAnnexDoc,
  index: (doc) => ({ agreementId: doc.agreementId, kind: doc.kind, occurredAt: doc.lastEventAt }),
};
