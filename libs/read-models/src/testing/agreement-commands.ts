import {
  decideAgreement,
  foldAgreement,
  type AgreementCommand,
  type AgreementEvent,
  type AssignRoleData,
  type ObligationKind,
} from '@samverkan/agreements';
import type { EventLog, TestActor } from './event-log.js';
import { actors, AGREEMENT_ID, AGREEMENT_STREAM, lommaRegistration } from './lomma.js';

/**
 * Runs an agreement command through the agreements decider against the stream so far and
 * appends what it decides: the specs project exactly what production would write (and a
 * command the decider refuses fails the spec).
 */
export const agreementDecides = (log: EventLog, command: AgreementCommand, by: TestActor = actors.administrator, at?: string) => {
  const history = log
    .events()
    .filter((e) => e.streamId === AGREEMENT_STREAM)
    .map((e) => ({ type: e.type, schemaVersion: e.schemaVersion, data: e.data }) as AgreementEvent);
  return log.append(AGREEMENT_STREAM, decideAgreement(command, foldAgreement(history)), by, at);
};

export const registerLomma = (): AgreementCommand => ({ type: 'RegisterAgreement', data: lommaRegistration });

export const assignRole = (assignment: Omit<AssignRoleData, 'agreementId'>): AgreementCommand => ({
  type: 'AssignRole',
  data: { agreementId: AGREEMENT_ID, ...assignment },
});

export const revokeRole = (key: { userId: string; role: AssignRoleData['role']; partyId?: string }): AgreementCommand => ({
  type: 'RevokeRole',
  data: { agreementId: AGREEMENT_ID, ...key },
});

export const recordFulfilment = (obligationKind: ObligationKind, fulfilledOn: string, note?: string): AgreementCommand => ({
  type: 'RecordObligationFulfilment',
  data: { agreementId: AGREEMENT_ID, obligationKind, fulfilledOn, ...(note !== undefined ? { note } : {}) },
});
