import { isIsoDate, rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AmendmentChange } from '../amendments/amendment-change.js';
import { pendingAmendment, type AgreementState, type Amendment } from '../state.js';
import type { AgreementTerms } from '../terms.js';

/** One amendment at a time: the parties answer one proposal, not a queue of them. */
export const noAmendmentIsPending = (state: AgreementState): BusinessRule => {
  const pending = pendingAmendment(state);
  return rule(
    'NoAmendmentIsPending',
    `Ändringen ”${pending?.amendmentId ?? ''}” väntar redan på parternas beslut. Endast en ändring av överenskommelsen kan vara föreslagen åt gången.`,
    () => pending !== undefined,
  );
};

export const amendmentIdIsNew = (state: AgreementState, amendmentId: string): BusinessRule =>
  rule(
    'AmendmentIdIsNew',
    `Det finns redan en ändring med id ”${amendmentId}”.`,
    () => state.status === 'registered' && state.amendments.some((a) => a.amendmentId === amendmentId),
    'amendmentId',
  );

export const amendmentHasChanges = (changes: readonly AmendmentChange[]): BusinessRule =>
  rule('AmendmentHasChanges', 'En ändring av överenskommelsen måste ändra något.', () => changes.length === 0, 'changes');

/**
 * Versions follow one another: an amendment takes effect no earlier than the version in force
 * before it, so the history of terms reads in order and an earlier day's terms never change.
 */
export const amendmentTakesEffectAfterTheLatestVersion = (state: AgreementState, effectiveFrom: string): BusinessRule => {
  const latest = state.status === 'registered' ? state.termsHistory[state.termsHistory.length - 1]?.effectiveFrom : undefined;
  return rule(
    'AmendmentTakesEffectAfterTheLatestVersion',
    `Ändringen måste gälla från ett datum (ÅÅÅÅ-MM-DD) som inte är tidigare än ${latest ?? ''}, då de nu senaste villkoren började gälla.`,
    () => !isIsoDate(effectiveFrom) || (latest !== undefined && effectiveFrom < latest),
    'effectiveFrom',
  );
};

/** An amendment takes effect within the period the amended agreement runs for. */
export const amendmentTakesEffectWithinThePeriod = (terms: AgreementTerms, effectiveFrom: string): BusinessRule =>
  rule(
    'AmendmentTakesEffectWithinThePeriod',
    `Ändringen måste börja gälla inom överenskommelsens period ${terms.period.from}–${terms.period.to}.`,
    () => effectiveFrom < terms.period.from || effectiveFrom > terms.period.to,
    'effectiveFrom',
  );

export const addedPartyIsNotAlreadyAParty = (terms: AgreementTerms, changes: readonly AmendmentChange[]): BusinessRule => {
  const index = changes.findIndex((c) => c.kind === 'addParty' && terms.parties.some((p) => p.partyId === c.party.partyId));
  const change = changes[index];
  return rule(
    'AddedPartyIsNotAlreadyAParty',
    `”${change?.kind === 'addParty' ? change.party.partyId : ''}” är redan part i överenskommelsen.`,
    () => index >= 0,
    `changes[${index}].party.partyId`,
  );
};

export const removedPartyIsAParty = (terms: AgreementTerms, changes: readonly AmendmentChange[]): BusinessRule => {
  const index = changes.findIndex((c) => c.kind === 'removeParty' && !terms.parties.some((p) => p.partyId === c.partyId));
  const change = changes[index];
  return rule(
    'RemovedPartyIsAParty',
    `”${change?.kind === 'removeParty' ? change.partyId : ''}” är inte part i överenskommelsen och kan därför inte utträda.`,
    () => index >= 0,
    `changes[${index}].partyId`,
  );
};

export const amendmentIsPending = (state: AgreementState, amendmentId: string): BusinessRule =>
  rule(
    'AmendmentIsPending',
    `Ändringen ”${amendmentId}” väntar inte på parternas beslut (den finns inte, eller är redan beslutad eller avslagen).`,
    () => pendingAmendment(state)?.amendmentId !== amendmentId,
  );

/** Consensus of the parties in force on the day it was proposed; a party that joins with it has signed already. */
export const partyMustConsentToAmendment = (amendment: Amendment | undefined, partyId: string): BusinessRule =>
  rule(
    'PartyMustConsentToAmendment',
    `Parten ”${partyId}” var inte part i överenskommelsen när ändringen föreslogs och beslutar därför inte om den.`,
    () => amendment !== undefined && !amendment.consentOf.includes(partyId),
    'partyId',
  );

export const partyHasNotDecidedOnAmendment = (amendment: Amendment | undefined, partyId: string): BusinessRule =>
  rule(
    'PartyHasNotDecidedOnAmendment',
    `Parten ”${partyId}” har redan beslutat om ändringen.`,
    () => amendment?.decisions.some((d) => d.partyId === partyId) === true,
    'partyId',
  );
