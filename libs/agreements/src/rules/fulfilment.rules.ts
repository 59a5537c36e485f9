import { isIsoDate, rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { ObligationKind } from '../obligation.js';
import { OBLIGATION_KIND_LABEL_SV } from '../obligation-labels.js';
import type { AgreementState } from '../state.js';

/** Long enough for "Styrgruppsmöte 3 av 4, protokoll dnr KS 2024/123"; short enough to stay a note, not a case file. */
export const FULFILMENT_NOTE_MAX_LENGTH = 500;

/** Only what the agreement obliges can be fulfilled: anything else would be counted nowhere. */
export const agreementHasObligation = (state: AgreementState, kind: ObligationKind): BusinessRule =>
  rule(
    'AgreementHasObligation',
    `Överenskommelsen har inget åtagande om ${OBLIGATION_KIND_LABEL_SV[kind] ?? kind}.`,
    () => state.status === 'registered' && !state.obligations.some((o) => o.kind === kind),
  );

export const fulfilmentDateIsValid = (fulfilledOn: string): BusinessRule =>
  rule('FulfilmentDateIsValid', `Datumet ”${fulfilledOn}” är inte ett giltigt datum. Ange det som ÅÅÅÅ-MM-DD.`, () => !isIsoDate(fulfilledOn));

/**
 * What was done before the agreement began fulfils an earlier agreement, not this one. After the
 * period is allowed: the outcome report is made once the period has ended.
 */
export const fulfilmentIsNotBeforeThePeriod = (state: AgreementState, fulfilledOn: string): BusinessRule =>
  rule(
    'FulfilmentIsNotBeforeThePeriod',
    state.status === 'registered' ? `Datumet ${fulfilledOn} ligger före överenskommelsens period (${state.period.from}–${state.period.to}).` : '',
    () => state.status === 'registered' && isIsoDate(fulfilledOn) && fulfilledOn < state.period.from,
  );

export const fulfilmentNoteIsShort = (note: string | undefined): BusinessRule =>
  rule(
    'FulfilmentNoteIsShort',
    `Anteckningen får vara högst ${FULFILMENT_NOTE_MAX_LENGTH} tecken.`,
    () => note !== undefined && note.length > FULFILMENT_NOTE_MAX_LENGTH,
  );
