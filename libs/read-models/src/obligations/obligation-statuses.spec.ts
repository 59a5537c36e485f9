import { describe, it, expect } from '@jest/globals';
import { agreementDirectoryProjection } from '../agreement-directory/agreement-directory.projection.js';
import { replayProjection } from '../shared/replay.js';
import { agreementDecides, recordFulfilment, registerLomma } from '../testing/agreement-commands.js';
import { eventLog } from '../testing/event-log.js';
import { actors, AGREEMENT_ID } from '../testing/lomma.js';
import { obligationStatuses } from './obligation-statuses.query.js';

describe('obligation statuses of an agreement', () => {
  const log = eventLog();
  agreementDecides(log, registerLomma(), actors.administrator, '2023-01-02');
  ['2024-02-09', '2024-05-17'].forEach((d) => agreementDecides(log, recordFulfilment('councilMeetings', d), actors.coordinator, d));
  agreementDecides(log, recordFulfilment('situationPictureUpdate', '2023-11-15'), actors.coordinator, '2023-11-16');
  const agreement = replayProjection(agreementDirectoryProjection, log.events()).get(AGREEMENT_ID)!;

  it("reads the directory document: one row per obligation, in the agreement's order, plus short years of meetings", () => {
    expect(obligationStatuses(agreement, '2024-06-15').map((r) => [r.kind, r.periodLabel, r.status])).toEqual([
      ['councilMeetings', '2023', 'overdue'],
      ['councilMeetings', '2024', 'due'],
      ['situationPictureUpdate', '2023-11-15–2024-11-15', 'met'],
      ['agreementRenewal', 'senast 2027-12-31', 'notYetDue'],
    ]);
  });

  it("carries the agreement's own words for each obligation", () => {
    const [, , picture] = obligationStatuses(agreement, '2024-06-15');
    expect(picture).toMatchObject({
      description: 'Trygghetsrådet presenterar varje år en gemensam lägesbild.',
      source: expect.stringContaining('Varje år ska trygghetsrådet'),
    });
  });

  it('answers for any day asked about, using only what was done by then', () => {
    expect(obligationStatuses(agreement, '2023-11-01').find((r) => r.kind === 'situationPictureUpdate')).toMatchObject({
      status: 'due',
      dueBy: '2023-12-31',
      lastFulfilledOn: null,
    });
  });
});
