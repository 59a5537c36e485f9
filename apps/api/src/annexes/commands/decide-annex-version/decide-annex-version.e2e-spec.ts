import { describe, it } from '@jest/globals';
import { annexStreamId, meetingStreamId } from '@samverkan/shared-kernel';
import {
  apiSpecification,
  expectError,
  expectInvalidFields,
  expectNewEvents,
  expectResponse,
  type GivenStream,
} from '../../../../../../test/support/api-specification.js';
import { coordinator, givenAgreementWithCouncil, givenAnnex, versionDecided, versionDrafted } from '../../given-annex.testing.js';

const byCoordinator = { ...coordinator, onBehalfOfPartyId: 'kommunen' };
const url = (agreementId: string, version = 1) => `/agreements/${agreementId}/annexes/${agreementId}-lagesbild/versions/${version}/decision`;
const annex = (agreementId: string, ...then: Parameters<typeof givenAnnex>[2][]) => givenAnnex(`${agreementId}-lagesbild`, agreementId, ...then);

/** A council meeting of the agreement whose § 1 is this version of the annex. */
const councilMeeting = (agreementId: string, meetingId: string, version = 1): GivenStream => ({
  streamId: meetingStreamId(meetingId),
  events: [
    { type: 'MeetingScheduled', data: { meetingId, agreementId, body: 'council', date: '2025-03-13', place: 'Kommunhuset' }, metadata: coordinator },
    {
      type: 'AgendaItemAdded',
      data: { itemId: 'p1', title: 'Lägesbild 2025', subject: { kind: 'annexVersion', annexId: `${agreementId}-lagesbild`, version } },
      metadata: coordinator,
    },
  ],
});

describe('decide annex version (POST …/annexes/{annexId}/versions/{version}/decision)', () => {
  const spec = apiSpecification();

  it("records the council's decision with its day", () =>
    spec
      .given(givenAgreementWithCouncil('dd-happy'), annex('dd-happy', versionDrafted(1)))
      .when((api) => api.as('lomma.samordnare').post(url('dd-happy'), { decidedOn: '2025-03-13' }))
      .then([
        expectResponse(200, { body: { annexId: 'dd-happy-lagesbild', revision: 2 }, headers: { etag: '"2"' } }),
        expectNewEvents(
          annexStreamId('dd-happy-lagesbild'),
          [{ type: 'AnnexVersionDecided', data: { version: 1, decidedOn: '2025-03-13' } }],
          byCoordinator,
        ),
      ]));

  it('cites the meeting paragraph where it was decided', () =>
    spec
      .given(givenAgreementWithCouncil('dd-cite'), annex('dd-cite', versionDrafted(1)), councilMeeting('dd-cite', 'dd-cite-rad-1'))
      .when((api) => api.as('lomma.samordnare').post(url('dd-cite'), { decidedOn: '2025-03-13', protocol: { meetingId: 'dd-cite-rad-1', paragraph: 1 } }))
      .then([
        expectResponse(200),
        expectNewEvents(
          annexStreamId('dd-cite-lagesbild'),
          [{ type: 'AnnexVersionDecided', data: { version: 1, decidedOn: '2025-03-13', protocol: { meetingId: 'dd-cite-rad-1', paragraph: 1 } } }],
          byCoordinator,
        ),
      ]));

  it('refuses a paragraph about something else (422 naming the rule)', () =>
    spec
      .given(
        givenAgreementWithCouncil('dd-para'),
        annex('dd-para', versionDrafted(1), versionDecided(1, '2025-01-01'), versionDrafted(2)),
        councilMeeting('dd-para', 'dd-para-rad-1', 1),
      )
      .when((api) =>
        api.as('lomma.samordnare').post(url('dd-para', 2), { decidedOn: '2025-03-13', protocol: { meetingId: 'dd-para-rad-1', paragraph: 1 } }),
      )
      .then([expectError(422, { rule: 'ParagraphMustBeAboutDecision', field: 'protocol.paragraph' })]));

  it('answers 404 for a meeting that does not exist', () =>
    spec
      .given(givenAgreementWithCouncil('dd-nomeet'), annex('dd-nomeet', versionDrafted(1)))
      .when((api) =>
        api.as('lomma.samordnare').post(url('dd-nomeet'), { decidedOn: '2025-03-13', protocol: { meetingId: 'no-such-meeting', paragraph: 1 } }),
      )
      .then([expectError(404)]));

  it('refuses a date written another way and a paragraph 0 (400)', () =>
    spec
      .given(givenAgreementWithCouncil('dd-invalid'), annex('dd-invalid', versionDrafted(1)))
      .when((api) => api.as('lomma.samordnare').post(url('dd-invalid'), { decidedOn: '13/3 2025', protocol: { meetingId: 'm', paragraph: 0 } }))
      .then([expectInvalidFields('decidedOn', 'protocol.paragraph')]));

  it('refuses a version number that is not one (400)', () =>
    spec
      .given(givenAgreementWithCouncil('dd-badver'), annex('dd-badver', versionDrafted(1)))
      .when((api) => api.as('lomma.samordnare').post('/agreements/dd-badver/annexes/dd-badver-lagesbild/versions/0/decision', { decidedOn: '2025-03-13' }))
      .then([expectInvalidFields('version')]));

  it('refuses deciding a decided version again (422)', () =>
    spec
      .given(givenAgreementWithCouncil('dd-again'), annex('dd-again', versionDrafted(1), versionDecided(1, '2025-01-10')))
      .when((api) => api.as('lomma.samordnare').post(url('dd-again'), { decidedOn: '2025-03-13' }))
      .then([expectError(422, { rule: 'AnnexVersionIsUndecided', field: 'version' })]));

  it('refuses a decision dated after today (422)', () =>
    spec
      .given(givenAgreementWithCouncil('dd-future'), annex('dd-future', versionDrafted(1)))
      .when((api) => api.as('lomma.samordnare').post(url('dd-future'), { decidedOn: '2025-03-15' }))
      .then([expectError(422, { rule: 'DateIsNotInTheFuture', field: 'decidedOn' })]));

  it('answers 404 for a version that does not exist', () =>
    spec
      .given(givenAgreementWithCouncil('dd-nover'), annex('dd-nover', versionDrafted(1)))
      .when((api) => api.as('lomma.samordnare').post(url('dd-nover', 2), { decidedOn: '2025-03-13' }))
      .then([expectError(404)]));

  it('is refused to a council representative, who signs rather than records (403)', () =>
    spec
      .given(givenAgreementWithCouncil('dd-rights'), annex('dd-rights', versionDrafted(1)))
      .when((api) => api.as('lomma.rad.kommun').post(url('dd-rights'), { decidedOn: '2025-03-13' }))
      .then([expectError(403)]));
});
