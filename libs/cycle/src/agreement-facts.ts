import type { TransitionKind } from './transitions.js';

/** Which transitions need a council decision: the agreement's policy (DOMAIN.md, "Gates and guards"). */
export interface DecisionPolicy {
  readonly decisionRequired: Readonly<Record<TransitionKind, boolean>>;
}

/**
 * By default every forward move is decided by the council; going back is recorded by a
 * coordinator, because it reacts to new information.
 */
export const DEFAULT_DECISION_POLICY: DecisionPolicy = {
  decisionRequired: { prioritise: true, advance: true, close: true, newCycle: true, stepBack: false },
};

/** What the machine needs to know about the agreement: its input, given by the caller. */
export interface AgreementFacts {
  readonly agreementId: string;
  /** The signing parties; consensus means every one of them has approved. */
  readonly partyIds: readonly string[];
  /** The agreement's period, dates as 'YYYY-MM-DD' (inclusive). */
  readonly period: { readonly from: string; readonly to: string };
  readonly policy: DecisionPolicy;
}

/** Facts the API has established before a council decision (the user may act for this party). */
export interface DecisionFacts {
  readonly decidingPartyId: string;
}
