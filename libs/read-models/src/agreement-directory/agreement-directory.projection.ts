import {
  AGREEMENT_EVENT_TYPES,
  amendTerms,
  partyIdsInForceOn,
  sameAssignment,
  termsOf,
  upcastAgreementEvent,
  type AgreementEventType,
  type AgreementRegisteredData,
} from '@samverkan/agreements';
import type { ProjectedEvent } from '../projected-event.js';
import type { Projection } from '../projection.js';
import { agreementIdOfStream } from '@samverkan/shared-kernel';
import type { AgreementDirectoryDoc, AmendmentDecisionRecord, AmendmentRecord, DirectoryRole, RoleChange } from './agreement-directory.doc.js';

const isAgreementEvent = (event: ProjectedEvent): boolean =>
  agreementIdOfStream(event.streamId) !== null && AGREEMENT_EVENT_TYPES.includes(event.type as AgreementEventType);

const registered = (event: ProjectedEvent): AgreementDirectoryDoc => {
  const data = upcastAgreementEvent(event).data as AgreementRegisteredData;
  const { operativeGroup, ...rest } = data;
  return {
    ...rest,
    operativeGroup: operativeGroup ?? null,
    termsHistory: [{ effectiveFrom: data.period.from, amendmentId: null, terms: termsOf(data) }],
    amendments: [],
    registeredAt: event.metadata.occurredAt,
    registeredBy: event.metadata.actorId,
    roles: [],
    roleHistory: [],
    fulfilments: [],
    publicPage: null,
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
    case 'AmendmentProposed': {
      const { agreementId: _agreementId, ...proposal } = typed.data;
      const record: AmendmentRecord = {
        ...proposal,
        proposedAt: at,
        proposedBy: actorId,
        consentOf: partyIdsInForceOn(doc.termsHistory, proposal.proposedOn),
        decisions: [],
        status: 'pending',
        closedAt: null,
      };
      return { ...doc, amendments: [...doc.amendments, record] };
    }
    case 'AmendmentApproved':
    case 'AmendmentRejected': {
      const { amendmentId, partyId, protocol } = typed.data;
      const rejected = typed.type === 'AmendmentRejected';
      const decision: AmendmentDecisionRecord = {
        partyId,
        decision: rejected ? 'rejected' : 'approved',
        reason: rejected ? typed.data.reason : null,
        protocol: protocol ?? null,
        at,
        actorId,
        actorRole,
      };
      return updateAmendment(doc, amendmentId, (a) => ({
        ...a,
        decisions: [...a.decisions, decision],
        ...(rejected ? { status: 'rejected' as const, closedAt: at } : {}),
      }));
    }
    case 'AgreementAmended':
      return amended(doc, typed.data, at);
    case 'OverallGoalSet': {
      const { overallGoalId, description } = typed.data;
      const goals = doc.overallGoals ?? [];
      const goal = { overallGoalId, description };
      const known = goals.some((g) => g.overallGoalId === overallGoalId);
      return { ...doc, overallGoals: known ? goals.map((g) => (g.overallGoalId === overallGoalId ? goal : g)) : [...goals, goal] };
    }
    case 'OverallGoalRemoved':
      return { ...doc, overallGoals: (doc.overallGoals ?? []).filter((g) => g.overallGoalId !== typed.data.overallGoalId) };
    case 'PublicPagePublished':
    case 'PublicPageWithdrawn':
      return { ...doc, publicPage: { published: typed.type === 'PublicPagePublished', changedAt: at, changedBy: actorId } };
  }
};

const updateAmendment = (doc: AgreementDirectoryDoc, amendmentId: string, update: (a: AmendmentRecord) => AmendmentRecord): AgreementDirectoryDoc => ({
  ...doc,
  amendments: doc.amendments.map((a) => (a.amendmentId === amendmentId ? update(a) : a)),
});

/** The latest terms become the document's top-level terms, as in the agreement's own state. */
const amended = (
  doc: AgreementDirectoryDoc,
  { amendmentId, effectiveFrom, changes }: { amendmentId: string; effectiveFrom: string; changes: AmendmentRecord['changes'] },
  at: string,
): AgreementDirectoryDoc => {
  const latest = doc.termsHistory[doc.termsHistory.length - 1]?.terms;
  if (!latest) return doc;
  const terms = amendTerms(latest, changes);
  const { signatories: _signatories, ...rest } = doc;
  return updateAmendment(
    {
      ...rest,
      ...terms,
      operativeGroup: terms.operativeGroup ?? null,
      termsHistory: [...doc.termsHistory, { effectiveFrom, amendmentId, terms }],
    },
    amendmentId,
    (a) => ({ ...a, status: 'decided', closedAt: at }),
  );
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
  // 2: the terms history and the amendments (issue 13). 3: the overall goals and whether the page for residents is published (issue 14).
  version: 3,
  route: (event) => (isAgreementEvent(event) ? [agreementIdOfStream(event.streamId)!] : []),
  evolve: evolveDirectory,
  index: (doc) => ({ agreementId: doc.agreementId, occurredAt: doc.lastEventAt }),
};
