import { DEFAULT_DECISION_POLICY } from '@samverkan/cycle';
import type { AssignRole, AssignRoleData } from '../commands/assign-role.js';
import type { RegisterAgreement, RegisterAgreementData } from '../commands/register-agreement.js';
import type { RecordObligationFulfilment, RecordObligationFulfilmentData } from '../commands/record-obligation-fulfilment.js';
import type { AgreementRegistered, ObligationFulfilled, RoleAssigned } from '../events.js';

/** A registration shaped like Lomma's agreement, for specs. */
export const lommaRegistration: RegisterAgreementData = {
  agreementId: 'lomma-2023-2027',
  name: 'Samverkansöverenskommelse mellan lokalpolisområde Kävlinge och Lomma kommun 2023–2027',
  municipality: 'Lomma',
  parties: [
    { partyId: 'lomma-kommun', name: 'Lomma kommun', kind: 'municipality' },
    { partyId: 'lpo-kavlinge', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
  ],
  period: { from: '2023-01-01', to: '2027-12-31' },
  council: { name: 'Trygghetsrådets styrgrupp' },
  operativeGroup: { name: 'Trygghetsrådets samverkansgrupp' },
  obligations: [{ kind: 'situationPictureUpdate', everyYears: 1, description: 'Trygghetsrådet presenterar varje år en gemensam lägesbild.' }],
};

export const registerLomma = (overrides: Partial<RegisterAgreementData> = {}): RegisterAgreement => ({
  type: 'RegisterAgreement',
  data: { ...lommaRegistration, ...overrides },
});

export const lommaRegistered = (): AgreementRegistered => ({
  type: 'AgreementRegistered',
  schemaVersion: 1,
  data: { ...lommaRegistration, obligations: lommaRegistration.obligations ?? [], policy: DEFAULT_DECISION_POLICY },
});

type Assignment = Omit<AssignRoleData, 'agreementId'>;

export const assign = (assignment: Assignment): AssignRole => ({
  type: 'AssignRole',
  data: { agreementId: 'lomma-2023-2027', ...assignment },
});

export const roleAssigned = (assignment: Assignment): RoleAssigned => ({
  type: 'RoleAssigned',
  schemaVersion: 1,
  data: { agreementId: 'lomma-2023-2027', ...assignment },
});

export const policeRepresentative: Assignment = {
  userId: 'lomma.rad.polis',
  role: 'councilRepresentative',
  partyId: 'lpo-kavlinge',
  function: 'Lokalpolisområdeschef',
};

type Fulfilment = Omit<RecordObligationFulfilmentData, 'agreementId'>;

export const recordFulfilment = (fulfilment: Fulfilment): RecordObligationFulfilment => ({
  type: 'RecordObligationFulfilment',
  data: { agreementId: 'lomma-2023-2027', ...fulfilment },
});

export const obligationFulfilled = (fulfilment: Fulfilment): ObligationFulfilled => ({
  type: 'ObligationFulfilled',
  schemaVersion: 1,
  data: { agreementId: 'lomma-2023-2027', ...fulfilment },
});
