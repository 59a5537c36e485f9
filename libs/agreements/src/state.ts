import type { AgreementEvent, AgreementRegisteredData, ObligationFulfilledData } from './events.js';
import { sameAssignment, type RoleAssignment } from './roles.js';

export interface UnregisteredAgreement {
  readonly status: 'unregistered';
}

/** One carried-out obligation, as the agreement keeps it (the agreement id is the stream's). */
export type ObligationFulfilment = Omit<ObligationFulfilledData, 'agreementId'>;

export interface RegisteredAgreement extends AgreementRegisteredData {
  readonly status: 'registered';
  readonly roles: readonly RoleAssignment[];
  /** In the order they were recorded, which need not be the order of `fulfilledOn`. */
  readonly fulfilments: readonly ObligationFulfilment[];
}

export type AgreementState = UnregisteredAgreement | RegisteredAgreement;

export const initialAgreementState = (): AgreementState => ({ status: 'unregistered' });

/**
 * Total and pure: an event that cannot apply to the state (which `decideAgreement` never emits)
 * leaves it unchanged rather than throwing, so that replaying history never fails.
 */
export const evolveAgreement = (state: AgreementState, event: AgreementEvent): AgreementState => {
  switch (event.type) {
    case 'AgreementRegistered':
      return state.status === 'unregistered' ? { status: 'registered', ...event.data, roles: [], fulfilments: [] } : state;
    case 'RoleAssigned': {
      if (state.status !== 'registered') return state;
      const { agreementId: _agreementId, ...assignment } = event.data;
      return { ...state, roles: [...state.roles, assignment] };
    }
    case 'RoleRevoked':
      if (state.status !== 'registered') return state;
      return { ...state, roles: state.roles.filter((held) => !sameAssignment(held, event.data)) };
    case 'ObligationFulfilled': {
      if (state.status !== 'registered') return state;
      const { agreementId: _agreementId, ...fulfilment } = event.data;
      return { ...state, fulfilments: [...state.fulfilments, fulfilment] };
    }
    default: {
      const _exhaustive: never = event;
      return state;
    }
  }
};

export const foldAgreement = (events: readonly AgreementEvent[]): AgreementState => events.reduce(evolveAgreement, initialAgreementState());
