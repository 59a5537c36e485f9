import { describe, expect, it } from '@jest/globals';
import type { AgreementDirectoryDoc } from '../agreement-directory/agreement-directory.doc.js';
import { agreementDirectoryProjection } from '../agreement-directory/agreement-directory.projection.js';
import { focusAreaBoardProjection } from '../focus-area-board/focus-area-board.projection.js';
import { replayProjection } from '../shared/replay.js';
import { agreementDecides, assignRole, registerLomma } from '../testing/agreement-commands.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa, FOCUS_AREA_ID, focusAreaStream, moveFor } from '../testing/focus-area-events.js';
import { actors, AGREEMENT_ID, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { functionOfDecider } from './decision-inbox.query.js';
import { materialSections, proposalMaterial } from './proposal-material.js';

const stream = focusAreaStream();
const boardAt = (log: EventLog, upTo = Number.POSITIVE_INFINITY) =>
  replayProjection(
    focusAreaBoardProjection,
    log.events().filter((e) => e.streamId !== stream || e.revision <= upTo),
  ).get(FOCUS_AREA_ID)!;

/** A focus area in measures, its plan complete but for anything about children, proposed onwards. */
const inMeasures = (over: { childrenAndYoungPeople?: boolean } = {}) => {
  const log = eventLog();
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  log.append(stream, fa.proposed(over), actors.coordinator, '2024-01-10');
  for (const [id, kind, from, to] of [
    ['p-1', 'prioritise', 'proposed', 'mapping'],
    ['p-2', 'advance', 'mapping', 'analysis'],
    ['p-3', 'advance', 'analysis', 'measures'],
  ] as const) {
    if (id === 'p-2') log.append(stream, [fa.problemStatement(), fa.source()], actors.coordinator);
    if (id === 'p-3') log.append(stream, fa.cause(), actors.coordinator);
    log.append(stream, fa.propose(id, kind, from, to), actors.coordinator);
    log.append(stream, fa.approve(id, MUNICIPALITY), actors.municipalityRepresentative);
    log.append(stream, [fa.approve(id, POLICE), moveFor(id, kind, from, to)], actors.policeRepresentative, '2024-02-01');
  }
  log.append(stream, [fa.goal(), fa.measure()], actors.coordinator, '2024-02-10');
  log.append(stream, fa.propose('p-4', 'advance', 'measures', 'evaluation'), actors.coordinator, '2024-02-11');
  return log;
};
const directory = (log: EventLog): AgreementDirectoryDoc => replayProjection(agreementDirectoryProjection, log.events()).get(AGREEMENT_ID)!;

describe('proposal material', () => {
  it('names the work each kind of proposal decides', () => {
    expect(materialSections({ transition: 'advance', from: 'mapping' })).toEqual(['problemStatement', 'sources']);
    expect(materialSections({ transition: 'advance', from: 'measures' })).toEqual(['causes', 'goals', 'measures', 'childImpactAssessment']);
    expect(materialSections({ transition: 'close', from: 'evaluation' })).toEqual(['goals', 'measures', 'outcomes', 'conclusion']);
    expect(materialSections({ transition: 'prioritise', from: 'proposed' })).toEqual([]);
  });

  describe('for a measures decision', () => {
    const log = inMeasures();
    const now = boardAt(log);
    const then = boardAt(log, now.lastCouncilDecision!.revision);
    const material = proposalMaterial(now, directory(log), then)!;

    it('gives the action plan and says whether the policy asks for a child impact assessment here', () => {
      expect(material.sections).toEqual(['causes', 'goals', 'measures', 'childImpactAssessment']);
      expect(material.work.measures).toHaveLength(1);
      expect(material.work.childImpactAssessment).toBeNull();
      expect(material.work.sources).toBeUndefined();
      expect(material.childImpactAssessmentRequired).toBe(true);
    });

    it('says what changed since the council moved it into measures, without the proposals', () => {
      expect(material.lastCouncilDecision).toMatchObject({ proposalId: 'p-3', outcome: 'approved' });
      expect(material.changesSinceLastDecision.map((c) => c.kind)).toEqual(['goalAdded', 'measureAdded']);
    });

    it('does not ask for an assessment where the focus area does not concern children and young people', () => {
      const other = inMeasures({ childrenAndYoungPeople: false });
      expect(proposalMaterial(boardAt(other), directory(other), undefined)!.childImpactAssessmentRequired).toBe(false);
    });
  });

  it('counts a rejection as the council’s last decision', () => {
    const log = inMeasures();
    log.append(stream, fa.reject('p-4', POLICE, 'Målen behöver skärpas.'), actors.policeRepresentative, '2024-02-12');
    expect(boardAt(log).lastCouncilDecision).toMatchObject({ proposalId: 'p-4', outcome: 'rejected' });
    expect(proposalMaterial(boardAt(log), directory(log), undefined)).toBeUndefined();
  });
});

describe('the function of whoever decided for a party', () => {
  it('is the function the role was assigned with, never a name', () => {
    const log = eventLog();
    agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
    const role = { userId: 'lomma.ersattare.polis', role: 'councilSubstitute' as const, partyId: POLICE, function: 'Biträdande lokalpolisområdeschef' };
    agreementDecides(log, assignRole(role), actors.administrator, '2024-01-03');
    const approval = { partyId: POLICE, decidedBy: 'lomma.ersattare.polis', actorRole: 'councilSubstitute', decidedAt: '2025-03-03T09:00:00.000Z' };
    expect(functionOfDecider(directory(log), approval)).toBe('Biträdande lokalpolisområdeschef');
    expect(functionOfDecider(directory(log), { ...approval, actorRole: 'councilRepresentative' })).toBeNull();
  });
});
