import { describe, it } from '@jest/globals';
import { agreementStreamId, meetingStreamId } from '@samverkan/shared-kernel';
import { apiSpecification, expectError, expectInvalidFields, expectNewEvents, expectResponse } from '../../../../../../test/support/api-specification.js';
import type { GivenEvent, GivenStream } from '../../../../../../test/support/api-specification.js';
import { givenAgreement } from '../../../../../../test/support/given-agreement.js';
import { amendmentRoles, joinKriminalvarden, proposed } from '../../../../../../test/support/given-amendment.js';

const approvedBy = (agreementId: string, partyId: string, userId: string): GivenEvent => ({
  type: 'AmendmentApproved',
  data: { agreementId, amendmentId: joinKriminalvarden.amendmentId, partyId },
  metadata: { actorId: userId, actorRole: 'councilRepresentative', onBehalfOfPartyId: partyId },
});
const pending = (agreementId: string, ...then: GivenEvent[]) =>
  givenAgreement(agreementId, ...amendmentRoles(agreementId), proposed(agreementId), ...then);

/** A council meeting of the agreement whose § 1 is about the amendment. */
const councilMeeting = (agreementId: string, meetingId: string): GivenStream => ({
  streamId: meetingStreamId(meetingId),
  events: [
    { type: 'MeetingScheduled', data: { meetingId, agreementId, body: 'council', date: '2025-03-13', place: 'Kommunhuset' } },
    {
      type: 'AgendaItemAdded',
      data: { itemId: 'i-1', title: 'Kriminalvården ansluter', subject: { kind: 'amendment', amendmentId: joinKriminalvarden.amendmentId } },
    },
  ],
});

const approvals = (agreementId: string) => `/agreements/${agreementId}/amendments/${joinKriminalvarden.amendmentId}/approvals`;
const police = { actorId: 'lomma.rad.polis', actorRole: 'councilRepresentative', onBehalfOfPartyId: 'polisen' } as const;

describe('approve amendment (POST /agreements/{id}/amendments/{amendmentId}/approvals)', () => {
  const spec = apiSpecification();

  it('records the approval for the representative’s party, citing the meeting §, without amending yet', () =>
    spec
      .given(pending('approve-first'), councilMeeting('approve-first', 'approve-first-rad-1'))
      .when((api) => api.as('lomma.rad.polis').post(approvals('approve-first'), { protocol: { meetingId: 'approve-first-rad-1', paragraph: 1 } }))
      .then([
        expectResponse(200, { body: { agreementId: 'approve-first', amendmentId: 'add-kriminalvarden', revision: 6 } }),
        expectNewEvents(
          agreementStreamId('approve-first'),
          [
            {
              type: 'AmendmentApproved',
              data: {
                agreementId: 'approve-first',
                amendmentId: 'add-kriminalvarden',
                partyId: 'polisen',
                protocol: { meetingId: 'approve-first-rad-1', paragraph: 1 },
              },
            },
          ],
          police,
        ),
      ]));

  it('with the last party’s approval amends the agreement (consensus)', () =>
    spec
      .given(pending('approve-last', approvedBy('approve-last', 'kommunen', 'lomma.rad.kommun')))
      .when((api) => api.as('lomma.rad.polis').post(approvals('approve-last'), {}))
      .then([
        expectResponse(200, { body: { revision: 8 } }),
        expectNewEvents(
          agreementStreamId('approve-last'),
          [
            { type: 'AmendmentApproved', data: { agreementId: 'approve-last', amendmentId: 'add-kriminalvarden', partyId: 'polisen' } },
            {
              type: 'AgreementAmended',
              data: { agreementId: 'approve-last', amendmentId: 'add-kriminalvarden', effectiveFrom: '2025-06-01', changes: joinKriminalvarden.changes },
            },
          ],
          police,
        ),
      ]));

  it('refuses a paragraph that is not a whole number (400)', () =>
    spec
      .given(pending('approve-invalid'))
      .when((api) => api.as('lomma.rad.polis').post(approvals('approve-invalid'), { protocol: { meetingId: 'rad-1', paragraph: 0 } }))
      .then([expectInvalidFields('protocol.paragraph')]));

  it('refuses a meeting that does not exist (404)', () =>
    spec
      .given(pending('approve-no-meeting'))
      .when((api) => api.as('lomma.rad.polis').post(approvals('approve-no-meeting'), { protocol: { meetingId: 'no-such-meeting', paragraph: 1 } }))
      .then([expectError(404)]));

  it('refuses a party that has approved already (422 naming the rule)', () =>
    spec
      .given(pending('approve-twice', approvedBy('approve-twice', 'polisen', 'lomma.rad.polis')))
      .when((api) => api.as('lomma.rad.polis').post(approvals('approve-twice'), {}))
      .then([expectError(422, { rule: 'PartyHasNotDecidedOnAmendment' })]));

  it('refuses an amendment that is not pending (422)', () =>
    spec
      .given(givenAgreement('approve-none', ...amendmentRoles('approve-none')))
      .when((api) => api.as('lomma.rad.polis').post(approvals('approve-none'), {}))
      .then([expectError(422, { rule: 'AmendmentIsPending' })]));

  it('refuses a stale If-Match (412)', () =>
    spec
      .given(pending('approve-stale'))
      .when((api) => api.as('lomma.rad.polis').post(approvals('approve-stale'), {}, { 'if-match': '"1"' }))
      .then([expectError(412)]));

  it('is refused to a coordinator (403), to an account without a role (404) and to the anonymous (401)', async () => {
    await spec
      .given(pending('approve-rights'))
      .when((api) => api.as('lomma.samordnare').post(approvals('approve-rights'), {}))
      .then([expectError(403)]);
    await spec
      .given()
      .when((api) => api.as('vellinge.rad.polis').post(approvals('approve-rights'), {}))
      .then([expectError(404)]);
    await spec
      .given()
      .when((api) => api.anonymous().post(approvals('approve-rights'), {}))
      .then([expectError(401)]);
  });
});
