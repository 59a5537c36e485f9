import type { Obligation, ObligationKind, Period } from '@samverkan/agreements';
import type { ObligationSubject } from '../obligations/obligation-status.js';

/** An agreement with one obligation and its fulfilments, for the obligation specs. */
export const subject = (
  obligation: Obligation,
  fulfilledOn: readonly string[] = [],
  period: Period = { from: '2023-01-01', to: '2027-12-31' },
): ObligationSubject => ({
  period,
  obligations: [obligation],
  fulfilments: fulfilledOn.map((d) => ({ obligationKind: obligation.kind as ObligationKind, fulfilledOn: d })),
});
