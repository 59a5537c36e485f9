import { describe, it, expect } from '@jest/globals';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { agreementDecider } from '../decide.js';
import type { AgreementEvent } from '../events.js';
import { agreementAmended, amendmentApproved, amendmentProposed, lommaRegistered } from '../testing/fixtures.js';

const spec = deciderSpecification(agreementDecider);
const MUNICIPALITY = 'lomma-kommun';
const POLICE = 'lpo-kavlinge';
const RESCUE = 'raddningstjansten';
const protocol = { meetingId: 'lomma-styrgrupp-2025-05-14', paragraph: 4 };

const approve = (partyId: string, amendmentId = 'tillagg-1') => ({
  type: 'ApproveAmendment' as const,
  data: { agreementId: 'lomma-2023-2027', amendmentId, partyId },
});
const reject = (partyId: string, reason = 'Kostnadsfördelningen saknas.') => ({
  type: 'RejectAmendment' as const,
  data: { agreementId: 'lomma-2023-2027', amendmentId: 'tillagg-1', partyId, reason },
});
const rejected = (partyId: string): AgreementEvent => ({ type: 'AmendmentRejected', schemaVersion: 1, data: reject(partyId).data });

describe('approve amendment', () => {
  it('records one party’s approval, citing the meeting §, without amending yet', () => {
    const command = { ...approve(POLICE), data: { ...approve(POLICE).data, protocol } };
    spec
      .given([lommaRegistered(), amendmentProposed()])
      .when(command)
      .then([{ type: 'AmendmentApproved', schemaVersion: 1, data: command.data }]);
  });

  it('when the last party in force approves, amends the agreement (consensus)', () => {
    spec
      .given([lommaRegistered(), amendmentProposed(), amendmentApproved(MUNICIPALITY)])
      .when(approve(POLICE))
      .then([amendmentApproved(POLICE), agreementAmended()]);
  });

  it('asks the parties in force on the day it was proposed, not a party it adds', () => {
    const joined = [lommaRegistered(), amendmentProposed(), amendmentApproved(MUNICIPALITY), amendmentApproved(POLICE), agreementAmended()];
    const next = amendmentProposed({
      amendmentId: 'tillagg-2',
      proposedOn: '2025-09-01',
      effectiveFrom: '2026-01-01',
      changes: [{ kind: 'changePeriod', period: { from: '2023-01-01', to: '2028-12-31' } }],
    });
    spec
      .given([...joined, next, amendmentApproved(MUNICIPALITY, 'tillagg-2'), amendmentApproved(POLICE, 'tillagg-2')])
      .when(approve(RESCUE, 'tillagg-2'))
      .then([amendmentApproved(RESCUE, 'tillagg-2'), agreementAmended(next.data.changes, '2026-01-01', 'tillagg-2')]);
  });

  describe('refuses', () => {
    it('an amendment that is not pending', () => {
      spec.given([lommaRegistered()]).when(approve(POLICE)).thenThrows('AmendmentIsPending');
    });

    it('an amendment already rejected', () => {
      spec
        .given([lommaRegistered(), amendmentProposed(), rejected(MUNICIPALITY)])
        .when(approve(POLICE))
        .thenThrows('AmendmentIsPending');
    });

    it('a party not in force on the day it was proposed', () => {
      const error = spec.given([lommaRegistered(), amendmentProposed()]).when(approve(RESCUE)).thenThrows('PartyMustConsentToAmendment');
      expect(error.field).toBe('partyId');
    });

    it('a party that has decided already', () => {
      spec
        .given([lommaRegistered(), amendmentProposed(), amendmentApproved(POLICE)])
        .when(approve(POLICE))
        .thenThrows('PartyHasNotDecidedOnAmendment');
    });
  });
});

describe('reject amendment', () => {
  it('records the rejection with its reason, which ends the amendment', () => {
    spec
      .given([lommaRegistered(), amendmentProposed()])
      .when(reject(MUNICIPALITY))
      .then([rejected(MUNICIPALITY)]);
  });

  describe('refuses', () => {
    it('a rejection without a reason', () => {
      const error = spec.given([lommaRegistered(), amendmentProposed()]).when(reject(MUNICIPALITY, ' ')).thenThrows('FieldRequired');
      expect(error.message).toContain('”skäl”');
      expect(error.field).toBe('reason');
    });

    it('a reason that holds a personnummer', () => {
      spec.given([lommaRegistered(), amendmentProposed()]).when(reject(MUNICIPALITY, 'Se 811218-9876')).thenThrows('NoPersonalIdentityNumber');
    });

    it('a party that has approved already', () => {
      spec
        .given([lommaRegistered(), amendmentProposed(), amendmentApproved(POLICE)])
        .when(reject(POLICE))
        .thenThrows('PartyHasNotDecidedOnAmendment');
    });
  });
});
