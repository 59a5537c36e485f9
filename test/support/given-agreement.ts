import { DEFAULT_DECISION_POLICY } from '@samverkan/cycle';
import { agreementStreamId } from '@samverkan/shared-kernel';
import type { GivenEvent, GivenStream } from './api-specification.js';

/**
 * An agreement of the API specifications' own, beside the seeded ones, so a scenario can give its
 * history (roles, fulfilled obligations) as stored events. The demo accounts act in it.
 */
export const ADMIN = 'admin';
export const byAdministrator = { actorId: ADMIN, actorRole: 'administrator' } as const;

export const registration = (agreementId: string) => ({
  agreementId,
  name: `Samverkansöverenskommelse ${agreementId}`,
  municipality: 'Lomma',
  parties: [
    { partyId: 'kommunen', name: 'Lomma kommun', kind: 'municipality' },
    { partyId: 'polisen', name: 'Lokalpolisområde Kävlinge', kind: 'localPoliceArea', organisationNumber: '202100-0076' },
  ],
  period: { from: '2024-01-01', to: '2027-12-31' },
  council: { name: 'Styrgruppen' },
});

export const roleAssigned = (agreementId: string, userId: string, role: string, partyId: string | undefined, fn: string): GivenEvent => ({
  type: 'RoleAssigned',
  data: { agreementId, userId, role, ...(partyId ? { partyId } : {}), function: fn },
  metadata: byAdministrator,
});

export const councilMeetings = { kind: 'councilMeetings', perYear: 4, description: 'Styrgruppen möts fyra gånger per år.' };

/** The agreement, registered by the administrator with one obligation (council meetings), then these events. */
export const givenAgreement = (agreementId: string, ...then: GivenEvent[]): GivenStream => ({
  streamId: agreementStreamId(agreementId),
  events: [
    {
      type: 'AgreementRegistered',
      data: { ...registration(agreementId), policy: DEFAULT_DECISION_POLICY, obligations: [councilMeetings] },
      metadata: byAdministrator,
    },
    ...then,
  ],
});
