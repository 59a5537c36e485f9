import { DEFAULT_DECISION_POLICY } from '@samverkan/cycle';
import type { AssignRole, AssignRoleData } from '../commands/assign-role.js';
import type { RegisterAgreement, RegisterAgreementData } from '../commands/register-agreement.js';
import type { RecordObligationFulfilment, RecordObligationFulfilmentData } from '../commands/record-obligation-fulfilment.js';
import type { AgreementAmended, AgreementRegistered, AmendmentApproved, AmendmentProposed, ObligationFulfilled, RoleAssigned } from '../events.js';
import type { AmendmentChange } from '../amendments/amendment-change.js';
import type { ProposeAmendment, ProposeAmendmentData } from '../commands/propose-amendment.js';

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

/** Räddningstjänsten joins Lomma's agreement: the amendment the specs propose. */
export const rescueService = { partyId: 'raddningstjansten', name: 'Räddningstjänsten Syd', kind: 'other' as const };
export const addRescueService: AmendmentChange = {
  kind: 'addParty',
  party: rescueService,
  signatory: { function: 'Räddningschef', signedOn: '2025-05-20' },
};

export const proposeAmendmentCommand = (overrides: Partial<ProposeAmendmentData> = {}): ProposeAmendment => ({
  type: 'ProposeAmendment',
  data: {
    agreementId: 'lomma-2023-2027',
    amendmentId: 'tillagg-1',
    proposedOn: '2025-04-01',
    effectiveFrom: '2025-06-01',
    grounds: 'Räddningstjänsten ansluter till samverkan om trygghet i centrum.',
    changes: [addRescueService],
    ...overrides,
  },
});

export const amendmentProposed = (overrides: Partial<ProposeAmendmentData> = {}): AmendmentProposed => ({
  type: 'AmendmentProposed',
  schemaVersion: 1,
  data: proposeAmendmentCommand(overrides).data,
});

export const amendmentApproved = (partyId: string, amendmentId = 'tillagg-1'): AmendmentApproved => ({
  type: 'AmendmentApproved',
  schemaVersion: 1,
  data: { agreementId: 'lomma-2023-2027', amendmentId, partyId },
});

export const agreementAmended = (
  changes: readonly AmendmentChange[] = [addRescueService],
  effectiveFrom = '2025-06-01',
  amendmentId = 'tillagg-1',
): AgreementAmended => ({
  type: 'AgreementAmended',
  schemaVersion: 1,
  data: { agreementId: 'lomma-2023-2027', amendmentId, effectiveFrom, changes },
});
