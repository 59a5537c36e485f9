import { describe, it, expect } from '@jest/globals';
import { ALL_PROJECTIONS } from './all-projections.js';
import { replayProjection } from './shared/replay.js';
import { agreementDecides, assignRole, registerLomma } from './testing/agreement-commands.js';
import { throughFirstCycle } from './testing/council.js';
import { eventLog } from './testing/event-log.js';
import { focusAreaStream } from './testing/focus-area-events.js';
import { POLICE } from './testing/lomma.js';

describe('all projections', () => {
  const log = eventLog();
  agreementDecides(log, registerLomma(), undefined, '2024-01-02');
  agreementDecides(log, assignRole({ userId: 'lomma.rad.polis', role: 'councilRepresentative', partyId: POLICE, function: 'Lokalpolisområdeschef' }));
  throughFirstCycle(log, focusAreaStream());
  const events = log.events();

  it('are the board, the agreement directory, the audit history and the annexes, each with a unique name', () => {
    expect(ALL_PROJECTIONS.map((p) => [p.name, p.version])).toEqual([
      ['focus-area-board', 5],
      ['agreement-directory', 3],
      ['audit-history', 2],
      ['meetings', 1],
      ['annexes', 1],
    ]);
  });

  const each = ALL_PROJECTIONS.map((projection) => ({ name: projection.name, projection }));

  it.each(each)('$name gives the same documents from zero as from any checkpoint', ({ projection }) => {
    const fromZero = replayProjection(projection, events);
    for (const cut of [1, 5, 17, events.length - 1]) {
      expect(replayProjection(projection, events.slice(cut), replayProjection(projection, events.slice(0, cut)))).toEqual(fromZero);
    }
  });

  it.each(each)('$name keeps plain JSON documents with a full index', ({ projection }) => {
    for (const doc of replayProjection(projection, events).values()) {
      expect(JSON.parse(JSON.stringify(doc))).toEqual(doc);
      expect(projection.index(doc).agreementId).toBe('lomma-2023-2027');
    }
  });
});
