import { checkRules, noPersonalIdentityNumber, type IsoDate } from '@samverkan/shared-kernel';
import type { ObligationFulfilled } from '../events.js';
import type { ObligationKind } from '../obligation.js';
import { agreementHasObligation, fulfilmentDateIsValid, fulfilmentIsNotBeforeThePeriod, fulfilmentNoteIsShort } from '../rules/fulfilment.rules.js';
import { agreementIsRegistered } from '../rules/role.rules.js';
import type { AgreementState } from '../state.js';

export interface RecordObligationFulfilmentData {
  readonly agreementId: string;
  readonly obligationKind: ObligationKind;
  /** The day it was done ('YYYY-MM-DD'), which may be before the day it is recorded. */
  readonly fulfilledOn: IsoDate;
  readonly note?: string;
}

export interface RecordObligationFulfilment {
  readonly type: 'RecordObligationFulfilment';
  readonly data: RecordObligationFulfilmentData;
}

export const recordObligationFulfilment = (command: RecordObligationFulfilment, state: AgreementState): ObligationFulfilled[] => {
  const { data } = command;
  // A blank note says nothing: it is left out rather than stored empty.
  const note = data.note?.trim() ? data.note : undefined;
  checkRules(
    agreementIsRegistered(state),
    agreementHasObligation(state, data.obligationKind),
    fulfilmentDateIsValid(data.fulfilledOn),
    fulfilmentIsNotBeforeThePeriod(state, data.fulfilledOn),
    noPersonalIdentityNumber('note', note),
    fulfilmentNoteIsShort(note),
  );
  return [
    {
      type: 'ObligationFulfilled',
      schemaVersion: 1,
      data: {
        agreementId: data.agreementId,
        obligationKind: data.obligationKind,
        fulfilledOn: data.fulfilledOn,
        ...(note !== undefined ? { note } : {}),
      },
    },
  ];
};
