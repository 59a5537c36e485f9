import { checkRules, fieldRequired, noPersonalIdentityNumber, type ProtocolReference } from '@samverkan/shared-kernel';
import type { AgreementAmended, AmendmentApproved, AmendmentRejected } from '../events.js';
import { amendmentIsPending, partyHasNotDecidedOnAmendment, partyMustConsentToAmendment } from '../rules/amendment.rules.js';
import { agreementIsRegistered } from '../rules/role.rules.js';
import { pendingAmendment, type AgreementState } from '../state.js';

/** The party is one the user may decide for: established by the API from the user's roles, like a transition's approval. */
export interface ApproveAmendmentData {
  readonly agreementId: string;
  readonly amendmentId: string;
  readonly partyId: string;
  /** Already checked against the meeting's agenda by the API. */
  readonly protocol?: ProtocolReference;
}

export interface ApproveAmendment {
  readonly type: 'ApproveAmendment';
  readonly data: ApproveAmendmentData;
}

export interface RejectAmendmentData extends ApproveAmendmentData {
  readonly reason: string;
}

export interface RejectAmendment {
  readonly type: 'RejectAmendment';
  readonly data: RejectAmendmentData;
}

const decisionRules = (state: AgreementState, amendmentId: string, partyId: string) => {
  const pending = pendingAmendment(state);
  return [
    agreementIsRegistered(state),
    amendmentIsPending(state, amendmentId),
    partyMustConsentToAmendment(pending, partyId),
    partyHasNotDecidedOnAmendment(pending, partyId),
  ];
};

/** One party approves; the last approval of the parties in force when it was proposed amends the agreement. */
export const approveAmendment = (command: ApproveAmendment, state: AgreementState): (AmendmentApproved | AgreementAmended)[] => {
  const { data } = command;
  checkRules(...decisionRules(state, data.amendmentId, data.partyId));
  const pending = pendingAmendment(state);
  if (!pending) return [];
  const approved: AmendmentApproved = { type: 'AmendmentApproved', schemaVersion: 1, data };
  const approvedBy = [...pending.decisions.map((d) => d.partyId), data.partyId];
  if (!pending.consentOf.every((partyId) => approvedBy.includes(partyId))) return [approved];
  const { agreementId, amendmentId } = data;
  return [
    approved,
    { type: 'AgreementAmended', schemaVersion: 1, data: { agreementId, amendmentId, effectiveFrom: pending.effectiveFrom, changes: pending.changes } },
  ];
};

/** One party's rejection ends the amendment: consensus cannot be reached; a coordinator may propose anew. */
export const rejectAmendment = (command: RejectAmendment, state: AgreementState): AmendmentRejected[] => {
  const { data } = command;
  checkRules(
    ...decisionRules(state, data.amendmentId, data.partyId),
    fieldRequired('reason', data.reason),
    noPersonalIdentityNumber('reason', data.reason),
  );
  return [{ type: 'AmendmentRejected', schemaVersion: 1, data }];
};
