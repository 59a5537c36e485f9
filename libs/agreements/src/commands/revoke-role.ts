import { checkRules } from '@samverkan/shared-kernel';
import type { RoleRevoked } from '../events.js';
import type { AgreementRole } from '../roles.js';
import { agreementIsRegistered, roleIsAssigned } from '../rules/role.rules.js';
import type { AgreementState } from '../state.js';

export interface RevokeRoleData {
  readonly agreementId: string;
  readonly userId: string;
  readonly role: AgreementRole;
  readonly partyId?: string;
}

export interface RevokeRole {
  readonly type: 'RevokeRole';
  readonly data: RevokeRoleData;
}

export const revokeRole = (command: RevokeRole, state: AgreementState): RoleRevoked[] => {
  const { data } = command;
  checkRules(agreementIsRegistered(state), roleIsAssigned(state, data));
  return [
    {
      type: 'RoleRevoked',
      schemaVersion: 1,
      data: {
        agreementId: data.agreementId,
        userId: data.userId,
        role: data.role,
        ...(data.partyId !== undefined ? { partyId: data.partyId } : {}),
      },
    },
  ];
};
