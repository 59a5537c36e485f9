import { describe, it, expect } from '@jest/globals';
import { focusAreaBoardProjection } from '../focus-area-board/focus-area-board.projection.js';
import { replayProjection } from '../shared/replay.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { COUNCIL_MEETING, fa, FOCUS_AREA_ID, focusAreaStream, moveFor } from '../testing/focus-area-events.js';
import { actors, MUNICIPALITY, PARTIES, POLICE } from '../testing/lomma.js';
import { decisionInbox, withdrawnProposals } from './decision-inbox.query.js';

const stream = focusAreaStream();
const inboxOf = (log: EventLog, partyId: string) =>
  decisionInbox([...replayProjection(focusAreaBoardProjection, log.events()).values()], partyId, PARTIES);

/** A proposed focus area with a proposal to prioritise it, put at a council meeting. */
const withProposal = (): EventLog => {
  const log = eventLog();
  log.append(stream, fa.proposed(), actors.coordinator, '2024-03-01');
  log.append(stream, fa.propose('p-prioritise', 'prioritise', 'proposed', 'mapping', COUNCIL_MEETING), actors.coordinator, '2024-03-04');
  return log;
};

describe('decision inbox', () => {
  describe('when a proposal is put', () => {
    it("waits in every party's inbox, with what the council needs to decide", () => {
      const log = withProposal();
      expect(inboxOf(log, POLICE)).toEqual([
        {
          agreementId: 'lomma-2023-2027',
          focusAreaId: FOCUS_AREA_ID,
          revision: 1,
          focusAreaTitle: 'Otrygghet vid Lomma centrum kvällstid',
          proposalId: 'p-prioritise',
          transition: 'prioritise',
          transitionLabel: 'prioritera fokusområdet',
          from: 'proposed',
          to: 'mapping',
          grounds: expect.stringContaining('p-prioritise'),
          meeting: COUNCIL_MEETING,
          proposedAt: '2024-03-04T09:00:00.000Z',
          proposedBy: actors.coordinator.actorId,
          approvedBy: [],
          awaiting: [MUNICIPALITY, POLICE],
          decidedForParty: null,
        },
      ]);
      expect(inboxOf(log, MUNICIPALITY)).toHaveLength(1);
    });
  });

  describe('when the municipality has approved', () => {
    const log = withProposal();
    log.append(stream, fa.approve('p-prioritise', MUNICIPALITY), actors.municipalityRepresentative, '2024-03-14');

    it('the police still sees the proposal, awaited only from the police', () => {
      expect(inboxOf(log, POLICE)).toEqual([expect.objectContaining({ approvedBy: [MUNICIPALITY], awaiting: [POLICE] })]);
    });

    it('carries the revision after the approval, which a decision sends as If-Match', () => {
      expect(inboxOf(log, POLICE)[0]!.revision).toBe(2);
    });

    it('the municipality sees it as decided for it: by whom, in which role and when', () => {
      expect(inboxOf(log, MUNICIPALITY)).toEqual([
        expect.objectContaining({
          proposalId: 'p-prioritise',
          decidedForParty: {
            partyId: MUNICIPALITY,
            decidedBy: actors.municipalityRepresentative.actorId,
            actorRole: 'councilRepresentative',
            decidedAt: '2024-03-14T09:00:00.000Z',
          },
        }),
      ]);
    });
  });

  describe('when the last party approves and the focus area moves', () => {
    it('the proposal leaves every inbox', () => {
      const log = withProposal();
      log.append(stream, fa.approve('p-prioritise', MUNICIPALITY), actors.municipalityRepresentative);
      log.append(stream, [fa.approve('p-prioritise', POLICE), moveFor('p-prioritise', 'prioritise', 'proposed', 'mapping')], actors.policeRepresentative);
      expect([...inboxOf(log, POLICE), ...inboxOf(log, MUNICIPALITY)]).toEqual([]);
    });
  });

  describe('when the police rejects', () => {
    it("the proposal leaves the municipality's inbox too: it is back with the coordinator", () => {
      const log = withProposal();
      log.append(stream, fa.reject('p-prioritise', POLICE), actors.policeRepresentative);
      expect([...inboxOf(log, POLICE), ...inboxOf(log, MUNICIPALITY)]).toEqual([]);
    });
  });

  describe('when the proposal is voided', () => {
    it('leaves every inbox', () => {
      const log = withProposal();
      log.append(stream, fa.voided('p-prioritise'), actors.coordinator);
      expect([...inboxOf(log, POLICE), ...inboxOf(log, MUNICIPALITY)]).toEqual([]);
    });
  });

  describe('with proposals on several focus areas', () => {
    it('lists them oldest first, whatever order the focus areas were proposed in', () => {
      const log = eventLog();
      const second = focusAreaStream('lomma-barn-och-unga');
      log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
      log.append(second, fa.proposed({ focusAreaId: 'lomma-barn-och-unga', title: 'Barn och unga' }), actors.coordinator, '2024-01-11');
      log.append(second, fa.propose('p-unga', 'prioritise', 'proposed', 'mapping'), actors.coordinator, '2024-02-01');
      log.append(stream, fa.propose('p-centrum', 'prioritise', 'proposed', 'mapping'), actors.coordinator, '2024-02-05');
      expect(inboxOf(log, POLICE).map((item) => item.proposalId)).toEqual(['p-unga', 'p-centrum']);
    });
  });

  it('is empty for a party that is not a party of the agreement', () => {
    expect(inboxOf(withProposal(), 'lpo-malmo-syd')).toEqual([]);
  });

  describe("when the police's substitute has approved", () => {
    it('tells the police which of its members decided, and when', () => {
      const log = withProposal();
      log.append(stream, fa.approve('p-prioritise', POLICE), actors.policeSubstitute, '2025-03-03');
      expect(inboxOf(log, POLICE)[0]!.decidedForParty).toEqual({
        partyId: POLICE,
        decidedBy: actors.policeSubstitute.actorId,
        actorRole: 'councilSubstitute',
        decidedAt: '2025-03-03T09:00:00.000Z',
      });
      expect(inboxOf(log, MUNICIPALITY)[0]!.decidedForParty).toBeNull();
    });
  });

  describe('when the coordinator withdraws the proposal', () => {
    const log = withProposal();
    log.append(stream, fa.voided('p-prioritise', 'Underlaget kompletteras.'), actors.coordinator, '2024-03-10');

    it('leaves every inbox', () => {
      expect([...inboxOf(log, POLICE), ...inboxOf(log, MUNICIPALITY)]).toEqual([]);
    });

    it('is listed as withdrawn, with the reason, who and when', () => {
      expect(withdrawnProposals([...replayProjection(focusAreaBoardProjection, log.events()).values()])).toEqual([
        expect.objectContaining({
          focusAreaId: FOCUS_AREA_ID,
          proposalId: 'p-prioritise',
          transitionLabel: 'prioritera fokusområdet',
          reason: 'Underlaget kompletteras.',
          withdrawnAt: '2024-03-10T09:00:00.000Z',
          withdrawnBy: actors.coordinator.actorId,
        }),
      ]);
    });

    it('is no longer listed once a new proposal is put', () => {
      log.append(stream, fa.propose('p-again', 'prioritise', 'proposed', 'mapping'), actors.coordinator, '2024-03-11');
      expect(withdrawnProposals([...replayProjection(focusAreaBoardProjection, log.events()).values()])).toEqual([]);
    });
  });
});
