import { describe, it, expect } from '@jest/globals';
import { replayProjection } from '../shared/replay.js';
import { throughFirstCycle } from '../testing/council.js';
import { eventLog } from '../testing/event-log.js';
import { fa, FOCUS_AREA_ID, focusAreaStream } from '../testing/focus-area-events.js';
import { agreementDecides, registerLomma } from '../testing/agreement-commands.js';
import { actors, AGREEMENT_ID, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { focusAreaBoardProjection as board } from './focus-area-board.projection.js';
import type { FocusAreaBoardDoc } from './focus-area-board.doc.js';

const stream = focusAreaStream();
const docOf = (log: ReturnType<typeof eventLog>): FocusAreaBoardDoc => replayProjection(board, log.events()).get(FOCUS_AREA_ID)!;

describe('focus area board', () => {
  describe('when a stored event does not fit the step (a problem statement while only proposed)', () => {
    const log = eventLog();
    log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
    const before = docOf(log);
    log.append(stream, fa.problemStatement(), actors.coordinator, '2024-01-11');
    const doc = docOf(log);

    it("changes nothing but the position it has seen, as the cycle lib's evolve does", () => {
      expect(doc).toEqual({ ...before, revision: 1, position: '2' });
      expect(doc.work.problemStatement).toBeNull();
    });
  });

  describe('when a focus area is proposed', () => {
    const log = eventLog();
    log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
    const doc = docOf(log);

    it('shows it as proposed, dated from the proposal', () => {
      expect(doc).toMatchObject({
        focusAreaId: FOCUS_AREA_ID,
        agreementId: AGREEMENT_ID,
        title: 'Otrygghet vid Lomma centrum kvällstid',
        childrenAndYoungPeople: true,
        step: 'proposed',
        cycle: 1,
        proposedAt: '2024-01-10T09:00:00.000Z',
        stepEnteredAt: '2024-01-10T09:00:00.000Z',
        lastEventAt: '2024-01-10T09:00:00.000Z',
        revision: 0,
        position: '1',
        pendingProposal: null,
        withdrawalReason: null,
      });
    });

    it('is indexed by agreement, focus area, step and last change', () => {
      expect(board.index(doc)).toEqual({
        agreementId: AGREEMENT_ID,
        focusAreaId: FOCUS_AREA_ID,
        kind: 'proposed',
        occurredAt: '2024-01-10T09:00:00.000Z',
      });
    });
  });

  describe('when a proposal is put to the council', () => {
    const log = eventLog();
    log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
    log.append(stream, fa.propose('p-prioritise', 'prioritise', 'proposed', 'mapping'), actors.coordinator, '2024-01-15T13:30:00Z');
    log.append(stream, fa.approve('p-prioritise', MUNICIPALITY), actors.municipalityRepresentative, '2024-01-20');

    it('keeps when and by whom it was proposed, and who has approved', () => {
      expect(docOf(log).pendingProposal).toEqual({
        proposalId: 'p-prioritise',
        transition: 'prioritise',
        from: 'proposed',
        to: 'mapping',
        grounds: expect.any(String),
        meeting: null,
        approvedBy: [MUNICIPALITY],
        proposedAt: '2024-01-15T13:30:00.000Z',
        proposedBy: actors.coordinator.actorId,
        approvals: [
          {
            partyId: MUNICIPALITY,
            decidedAt: '2024-01-20T09:00:00.000Z',
            decidedBy: actors.municipalityRepresentative.actorId,
            actorRole: 'councilRepresentative',
          },
        ],
      });
    });

    it('does not move the step before every party has approved', () => {
      expect(docOf(log).step).toBe('proposed');
    });
  });

  describe('when the police rejects a proposal', () => {
    const log = eventLog();
    log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
    log.append(stream, fa.propose('p-1', 'prioritise', 'proposed', 'mapping'), actors.coordinator);
    log.append(stream, fa.reject('p-1', POLICE, 'Inte prioriterat i år.'), actors.policeRepresentative);

    it('clears the proposal and shows the rejection to the coordinator', () => {
      const doc = docOf(log);
      expect(doc.pendingProposal).toBeNull();
      expect(doc.lastRejection).toEqual({ proposalId: 'p-1', transition: 'prioritise', partyId: POLICE, reason: 'Inte prioriterat i år.' });
    });

    it('forgets the rejection once a new proposal is put', () => {
      const again = eventLog();
      log.events().forEach((e) => again.append(e.streamId, e, e.metadata, e.metadata.occurredAt));
      again.append(stream, fa.propose('p-2', 'prioritise', 'proposed', 'mapping'), actors.coordinator);
      expect(docOf(again).lastRejection).toBeNull();
      expect(docOf(again).proposalIds).toEqual(['p-1', 'p-2']);
    });
  });

  describe('when a proposed focus area is withdrawn', () => {
    const log = eventLog();
    log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
    log.append(stream, fa.propose('p-1', 'prioritise', 'proposed', 'mapping'), actors.coordinator);
    log.append(stream, [fa.voided('p-1', 'Återkallat'), fa.withdrawn('Hanteras av skolan.')], actors.coordinator, '2024-02-01');

    it('is withdrawn, with the reason, and nothing waits for the council', () => {
      expect(docOf(log)).toMatchObject({ step: 'withdrawn', withdrawalReason: 'Hanteras av skolan.', pendingProposal: null });
    });
  });

  describe('as a projection', () => {
    const log = eventLog();
    agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
    throughFirstCycle(log, stream);
    const events = log.events();

    it('ignores the agreement stream', () => {
      expect(board.route(events[0]!)).toEqual([]);
    });

    it('ignores a focus area event that comes before any proposal', () => {
      const orphan = { ...events.find((e) => e.type === 'SourceAdded')!, streamId: 'focus-area-annat', revision: 0 };
      expect(board.evolve(undefined, orphan)).toBeUndefined();
    });

    it('gives the same documents rebuilt from zero as caught up from a checkpoint', () => {
      const half = Math.floor(events.length / 2);
      const caughtUp = replayProjection(board, events.slice(half), replayProjection(board, events.slice(0, half)));
      expect(caughtUp).toEqual(replayProjection(board, events));
    });

    it('changes nothing when an event is applied again', () => {
      const doc = docOf(log);
      expect(board.evolve(doc, events.at(-3)!)).toBe(doc);
    });

    it('keeps documents that survive a JSON round trip unchanged', () => {
      const doc = docOf(log);
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
    });
  });
});
