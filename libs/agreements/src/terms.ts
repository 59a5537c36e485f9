import type { DecisionPolicy } from '@samverkan/cycle';
import type { IsoDate } from '@samverkan/shared-kernel';
import type { Party } from './party.js';
import type { Period } from './period.js';

/** Who signed for a party, by function (never a person's identity), and on which day. */
export interface Signatory {
  readonly partyId: string;
  /** "Kommunstyrelsens ordförande", "Lokalpolisområdeschef". */
  readonly function: string;
  readonly signedOn: IsoDate;
}

/** A member of the council or the operative group: a function of a party. */
export interface BodyMember {
  readonly partyId: string;
  readonly function: string;
}

/** The deciding body, named as the agreement names it ("Trygghetsrådets styrgrupp"). */
export interface Council {
  readonly name: string;
  /** The party that chairs the council, where the agreement says so. */
  readonly chairPartyId?: string;
  readonly members?: readonly BodyMember[];
}

export interface OperativeGroup {
  readonly name: string;
  readonly members?: readonly BodyMember[];
}

/**
 * How the council decides. Consensus of every party in force is the only rule the cycle
 * implements (DOMAIN.md: "decides by consensus of all parties"); the field records that the
 * agreement says so, and leaves room for another rule without a new event.
 */
export type DecisionRule = 'consensus';
export const DECISION_RULES: readonly DecisionRule[] = ['consensus'];

/** What an amendment may change: the terms in force from a day on. */
export interface AgreementTerms {
  readonly parties: readonly Party[];
  readonly period: Period;
  readonly council: Council;
  readonly operativeGroup?: OperativeGroup;
  readonly policy: DecisionPolicy;
  readonly signatories?: readonly Signatory[];
}

/** One version of the terms: as signed (`amendmentId` null), or as an amendment made them. */
export interface TermsVersion {
  readonly effectiveFrom: IsoDate;
  readonly amendmentId: string | null;
  readonly terms: AgreementTerms;
}

/** The terms part of anything that carries them (the registration, the state, the read model). */
export const termsOf = (source: AgreementTerms): AgreementTerms => ({
  parties: source.parties,
  period: source.period,
  council: source.council,
  ...(source.operativeGroup ? { operativeGroup: source.operativeGroup } : {}),
  policy: source.policy,
  ...(source.signatories ? { signatories: source.signatories } : {}),
});

/**
 * The terms in force on `date`: the last version that took effect on or before it. Before the
 * first version took effect (a day before the period) the terms as signed answer, since nothing
 * else was ever agreed.
 */
export const termsInForceOn = (history: readonly TermsVersion[], date: IsoDate): AgreementTerms => {
  let found = history[0];
  for (const version of history) {
    if (version.effectiveFrom <= date) found = version;
  }
  if (!found) throw new Error('An agreement always has the terms it was signed with');
  return found.terms;
};

/** The party ids in force on `date`, in the agreement's order. */
export const partyIdsInForceOn = (history: readonly TermsVersion[], date: IsoDate): string[] =>
  termsInForceOn(history, date).parties.map((p) => p.partyId);
