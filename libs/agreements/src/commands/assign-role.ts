import { checkRules, fieldRequired, noPersonalIdentityNumber } from '@samverkan/shared-kernel';
import type { RoleAssigned } from '../events.js';
import type { AgreementRole } from '../roles.js';
import {
  agreementIsRegistered,
  auditorActsForNoParty,
  councilRoleNamesAParty,
  partyBelongsToAgreement,
  roleIsNotAlreadyAssigned,
} from '../rules/role.rules.js';
import type { AgreementState } from '../state.js';

export interface AssignRoleData {
  readonly agreementId: string;
  readonly userId: string;
  readonly role: AgreementRole;
  /** Required for council roles, optional for coordinators, refused for auditors. */
  readonly partyId?: string;
  /** A named function ("Säkerhetschef", "Kommunpolis"), never a person's identity. */
  readonly function: string;
}

export interface AssignRole {
  readonly type: 'AssignRole';
  readonly data: AssignRoleData;
}

export const assignRole = (command: AssignRole, state: AgreementState): RoleAssigned[] => {
  const { data } = command;
  checkRules(
    agreementIsRegistered(state),
    fieldRequired('userId', data.userId),
    fieldRequired('function', data.function),
    noPersonalIdentityNumber('function', data.function),
    councilRoleNamesAParty(data.role, data.partyId),
    auditorActsForNoParty(data.role, data.partyId),
    partyBelongsToAgreement(state, data.partyId),
    roleIsNotAlreadyAssigned(state, data),
  );
  return [
    {
      type: 'RoleAssigned',
      schemaVersion: 1,
      data: {
        agreementId: data.agreementId,
        userId: data.userId,
        role: data.role,
        ...(data.partyId !== undefined ? { partyId: data.partyId } : {}),
        function: data.function,
      },
    },
  ];
};
