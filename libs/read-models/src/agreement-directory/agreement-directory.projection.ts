import { AGREEMENT_EVENT_TYPES, sameAssignment, upcastAgreementEvent, type AgreementEventType, type AgreementRegisteredData } from '@samverkan/agreements';
import type { ProjectedEvent } from '../projected-event.js';
import type { Projection } from '../projection.js';
import { agreementIdOfStream } from '@samverkan/shared-kernel';
import type { AgreementDirectoryDoc, DirectoryRole, RoleChange } from './agreement-directory.doc.js';

const isAgreementEvent = (event: ProjectedEvent): boolean =>
  agreementIdOfStream(event.streamId) !== null && AGREEMENT_EVENT_TYPES.includes(event.type as AgreementEventType);

const registered = (event: ProjectedEvent): AgreementDirectoryDoc => {
  const { operativeGroup, ...rest } = upcastAgreementEvent(event).data as AgreementRegisteredData;
  return {
    ...rest,
    operativeGroup: operativeGroup ?? null,
    registeredAt: event.metadata.occurredAt,
    registeredBy: event.metadata.actorId,
    roles: [],
    roleHistory: [],
    fulfilments: [],
    lastEventAt: event.metadata.occurredAt,
    revision: event.revision,
    position: event.position,
  };
};

const key = (r: { userId: string; role: DirectoryRole['role']; partyId: string | null }) => ({
  userId: r.userId,
  role: r.role,
  ...(r.partyId !== null ? { partyId: r.partyId } : {}),
});

/** Applies an event of a registered agreement; the stamp (time, revision, position) is added by the caller. */
const applyTo = (doc: AgreementDirectoryDoc, event: ProjectedEvent): AgreementDirectoryDoc => {
  // The agreement lib's one conversion: the document reads every event in the current schema version.
  const typed = upcastAgreementEvent(event);
  const { occurredAt: at, actorId, actorRole } = event.metadata;
  const change = (c: Pick<RoleChange, 'change' | 'userId' | 'role' | 'partyId' | 'function'>): RoleChange => ({
    ...c,
    at,
    actorId,
    actorRole,
    position: event.position,
  });
  switch (typed.type) {
    case 'AgreementRegistered':
      return doc; // registered once: a second registration was refused by the decider
    case 'RoleAssigned': {
      const { userId, role, partyId, function: fn } = typed.data;
      const held: DirectoryRole = { userId, role, partyId: partyId ?? null, function: fn, since: at, assignedBy: actorId };
      return {
        ...doc,
        roles: [...doc.roles, held],
        roleHistory: [...doc.roleHistory, change({ change: 'assigned', userId, role, partyId: held.partyId, function: fn })],
      };
    }
    case 'RoleRevoked': {
      const revoked = typed.data;
      const was = doc.roles.find((held) => sameAssignment(key(held), revoked));
      return {
        ...doc,
        roles: doc.roles.filter((held) => !sameAssignment(key(held), revoked)),
        roleHistory: [
          ...doc.roleHistory,
          change({ change: 'revoked', userId: revoked.userId, role: revoked.role, partyId: revoked.partyId ?? null, function: was?.function ?? null }),
        ],
      };
    }
    case 'ObligationFulfilled': {
      const { obligationKind, fulfilledOn, note } = typed.data;
      const record = { obligationKind, fulfilledOn, note: note ?? null, recordedAt: at, recordedBy: actorId, position: event.position };
      return { ...doc, fulfilments: [...doc.fulfilments, record] };
    }
  }
};

const evolveDirectory = (doc: AgreementDirectoryDoc | undefined, event: ProjectedEvent): AgreementDirectoryDoc | undefined => {
  if (!isAgreementEvent(event)) return doc;
  if (doc === undefined) {
    // Nothing of an agreement exists before its registration.
    if (event.type !== 'AgreementRegistered') return undefined;
    return registered(event);
  }
  // The runner applies each event once; an event the document already reflects changes nothing.
  if (event.revision <= doc.revision) return doc;
  return { ...applyTo(doc, event), lastEventAt: event.metadata.occurredAt, revision: event.revision, position: event.position };
};

/** The agreement directory: one document per agreement, from the agreement's own stream. */
export const agreementDirectoryProjection: Projection<AgreementDirectoryDoc> = {
  name: 'agreement-directory',
  version: 1,
  route: (event) => (isAgreementEvent(event) ? [agreementIdOfStream(event.streamId)!] : []),
  evolve: evolveDirectory,
  index: (doc) => ({ agreementId: doc.agreementId, occurredAt: doc.lastEventAt }),
};
