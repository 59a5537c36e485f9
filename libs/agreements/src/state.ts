import type { IsoDate, ProtocolReference } from '@samverkan/shared-kernel';
import type { AmendmentChange } from './amendments/amendment-change.js';
import { amendTerms } from './amendments/amendment-change.js';
import type { AgreementEvent, AgreementRegisteredData, ObligationFulfilledData } from './events.js';
import { sameAssignment, type RoleAssignment } from './roles.js';
import { partyIdsInForceOn, termsOf, type AgreementTerms, type TermsVersion } from './terms.js';

export interface UnregisteredAgreement {
  readonly status: 'unregistered';
}

/** One carried-out obligation, as the agreement keeps it (the agreement id is the stream's). */
export type ObligationFulfilment = Omit<ObligationFulfilledData, 'agreementId'>;

/** One party's answer to an amendment. */
export interface AmendmentDecision {
  readonly partyId: string;
  readonly decision: 'approved' | 'rejected';
  readonly reason?: string;
  readonly protocol?: ProtocolReference;
}

export type AmendmentStatus = 'pending' | 'rejected' | 'decided';

/** An amendment as the agreement keeps it: proposed, answered by the parties, and decided or rejected. */
export interface Amendment {
  readonly amendmentId: string;
  readonly proposedOn: IsoDate;
  readonly effectiveFrom: IsoDate;
  readonly grounds: string;
  readonly changes: readonly AmendmentChange[];
  /** The parties in force on the day it was proposed: every one must approve (consensus). */
  readonly consentOf: readonly string[];
  readonly decisions: readonly AmendmentDecision[];
  readonly status: AmendmentStatus;
}

/**
 * The agreement: its top-level terms (parties, period, council, operative group, policy,
 * signatories) are the latest version, as last amended; `termsHistory` holds every version from
 * the terms as signed on, each with the day it took effect.
 */
export interface RegisteredAgreement extends AgreementRegisteredData {
  readonly status: 'registered';
  readonly roles: readonly RoleAssignment[];
  /** In the order they were recorded, which need not be the order of `fulfilledOn`. */
  readonly fulfilments: readonly ObligationFulfilment[];
  readonly termsHistory: readonly TermsVersion[];
  readonly amendments: readonly Amendment[];
  /** The overall goals (övergripande mål) the focus areas' goals may contribute to. Absent: none yet. */
  readonly overallGoals?: readonly OverallGoal[];
  /** Whether the page for residents is up; absent until it was first published. */
  readonly publicPage?: 'published' | 'withdrawn';
}

export interface OverallGoal {
  readonly overallGoalId: string;
  readonly description: string;
}

export const overallGoalsOf = (state: RegisteredAgreement): readonly OverallGoal[] => state.overallGoals ?? [];

export type AgreementState = UnregisteredAgreement | RegisteredAgreement;

export const initialAgreementState = (): AgreementState => ({ status: 'unregistered' });

/** The amendment waiting for the parties' answers; there is at most one. */
export const pendingAmendment = (state: AgreementState): Amendment | undefined =>
  state.status === 'registered' ? state.amendments.find((a) => a.status === 'pending') : undefined;

const registered = (data: AgreementRegisteredData): RegisteredAgreement => ({
  status: 'registered',
  ...data,
  roles: [],
  fulfilments: [],
  // The terms as signed take effect with the period: an agreement's first day is its period's.
  termsHistory: [{ effectiveFrom: data.period.from, amendmentId: null, terms: termsOf(data) }],
  amendments: [],
});

const updateAmendment = (state: RegisteredAgreement, amendmentId: string, update: (a: Amendment) => Amendment): RegisteredAgreement => ({
  ...state,
  amendments: state.amendments.map((a) => (a.amendmentId === amendmentId ? update(a) : a)),
});

/** The latest terms become the agreement's top-level terms; the version is kept in the history. */
const amended = (state: RegisteredAgreement, amendmentId: string, effectiveFrom: IsoDate, changes: readonly AmendmentChange[]): RegisteredAgreement => {
  const latest = state.termsHistory[state.termsHistory.length - 1]?.terms ?? termsOf(state);
  const terms: AgreementTerms = amendTerms(latest, changes);
  const { operativeGroup: _group, signatories: _signatories, ...rest } = state;
  return updateAmendment({ ...rest, ...terms, termsHistory: [...state.termsHistory, { effectiveFrom, amendmentId, terms }] }, amendmentId, (a) => ({
    ...a,
    status: 'decided',
  }));
};

const evolveRegistered = (state: RegisteredAgreement, event: Exclude<AgreementEvent, { type: 'AgreementRegistered' }>): RegisteredAgreement => {
  switch (event.type) {
    case 'RoleAssigned': {
      const { agreementId: _agreementId, ...assignment } = event.data;
      return { ...state, roles: [...state.roles, assignment] };
    }
    case 'RoleRevoked':
      return { ...state, roles: state.roles.filter((held) => !sameAssignment(held, event.data)) };
    case 'ObligationFulfilled': {
      const { agreementId: _agreementId, ...fulfilment } = event.data;
      return { ...state, fulfilments: [...state.fulfilments, fulfilment] };
    }
    case 'AmendmentProposed': {
      const { agreementId: _agreementId, ...proposal } = event.data;
      const consentOf = partyIdsInForceOn(state.termsHistory, proposal.proposedOn);
      return { ...state, amendments: [...state.amendments, { ...proposal, consentOf, decisions: [], status: 'pending' }] };
    }
    case 'AmendmentApproved': {
      const { partyId, protocol } = event.data;
      return updateAmendment(state, event.data.amendmentId, (a) => ({
        ...a,
        decisions: [...a.decisions, { partyId, decision: 'approved', ...(protocol ? { protocol } : {}) }],
      }));
    }
    case 'AmendmentRejected': {
      const { partyId, reason, protocol } = event.data;
      return updateAmendment(state, event.data.amendmentId, (a) => ({
        ...a,
        decisions: [...a.decisions, { partyId, decision: 'rejected', reason, ...(protocol ? { protocol } : {}) }],
        status: 'rejected',
      }));
    }
    case 'AgreementAmended':
      return amended(state, event.data.amendmentId, event.data.effectiveFrom, event.data.changes);
    case 'OverallGoalSet': {
      const { overallGoalId, description } = event.data;
      const goals = overallGoalsOf(state);
      const goal = { overallGoalId, description };
      return {
        ...state,
        overallGoals: goals.some((g) => g.overallGoalId === overallGoalId)
          ? goals.map((g) => (g.overallGoalId === overallGoalId ? goal : g))
          : [...goals, goal],
      };
    }
    case 'OverallGoalRemoved':
      return { ...state, overallGoals: overallGoalsOf(state).filter((g) => g.overallGoalId !== event.data.overallGoalId) };
    case 'PublicPagePublished':
      return { ...state, publicPage: 'published' };
    case 'PublicPageWithdrawn':
      return { ...state, publicPage: 'withdrawn' };
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
};

/**
 * Total and pure: an event that cannot apply to the state (which `decideAgreement` never emits)
 * leaves it unchanged rather than throwing, so that replaying history never fails.
 */
export const evolveAgreement = (state: AgreementState, event: AgreementEvent): AgreementState => {
  if (event.type === 'AgreementRegistered') return state.status === 'unregistered' ? registered(event.data) : state;
  return state.status === 'registered' ? evolveRegistered(state, event) : state;
};

export const foldAgreement = (events: readonly AgreementEvent[]): AgreementState => events.reduce(evolveAgreement, initialAgreementState());
