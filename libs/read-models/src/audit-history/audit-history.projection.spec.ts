import { describe, it, expect } from '@jest/globals';
import { replayProjection } from '../shared/replay.js';
import { agreementDecides, assignRole, registerLomma } from '../testing/agreement-commands.js';
import { councilDecides } from '../testing/council.js';
import { eventLog } from '../testing/event-log.js';
import { COUNCIL_MEETING, fa, FOCUS_AREA_ID, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, AGREEMENT_ID, AGREEMENT_STREAM, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { auditHistoryProjection as audit } from './audit-history.projection.js';
import type { AuditRow } from './audit-row.js';

const stream = focusAreaStream();

/** An agreement and a focus area prioritised by the council at a meeting. */
const decidedAtMeeting = () => {
  const log = eventLog();
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  agreementDecides(log, assignRole({ userId: 'lomma.rad.polis', role: 'councilRepresentative', partyId: POLICE, function: 'Lokalpolisområdeschef' }));
  log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
  councilDecides(log, stream, {
    proposalId: 'p-prioritise',
    transition: 'prioritise',
    from: 'proposed',
    to: 'mapping',
    at: '2024-03-14T15:00:00Z',
    meeting: COUNCIL_MEETING,
  });
  return log;
};

const rowsOf = (log: ReturnType<typeof eventLog>): AuditRow[] => [...replayProjection(audit, log.events()).values()];

describe('audit history', () => {
  const rows = rowsOf(decidedAtMeeting());
  const row = (type: string) => rows.find((r) => r.eventType === type)!;

  it('has one row per event, in log order', () => {
    expect(rows.map((r) => r.position)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
  });

  it('says who proposed, at which meeting and on which grounds', () => {
    expect(row('TransitionProposed')).toMatchObject({
      occurredAt: '2024-03-14T15:00:00.000Z',
      actorId: 'lomma.samordnare',
      actorRole: 'coordinator',
      agreementId: AGREEMENT_ID,
      focusAreaId: FOCUS_AREA_ID,
      proposalId: 'p-prioritise',
      meeting: COUNCIL_MEETING,
      grounds: expect.stringContaining('p-prioritise'),
      summary: 'Föreslog att fokusområdet prioriteras och går till kartläggning',
    });
  });

  it('says who approved on behalf of which party', () => {
    const approvals = rows.filter((r) => r.eventType === 'TransitionApproved');
    expect(approvals.map((r) => [r.actorId, r.actorRole, r.onBehalfOfPartyId, r.partyId, r.summary])).toEqual([
      ['lomma.rad.kommun', 'councilRepresentative', MUNICIPALITY, MUNICIPALITY, `Godkände förslaget p-prioritise för parten ${MUNICIPALITY}`],
      ['lomma.rad.polis', 'councilRepresentative', POLICE, POLICE, `Godkände förslaget p-prioritise för parten ${POLICE}`],
    ]);
  });

  it('ties the move to the decided proposal and to the command that made it', () => {
    const move = row('FocusAreaPrioritised');
    const lastApproval = rows.filter((r) => r.eventType === 'TransitionApproved').at(-1)!;
    expect(move).toMatchObject({
      proposalId: 'p-prioritise',
      summary: 'Fokusområdet prioriterades och gick till kartläggning enligt beslutat förslag p-prioritise',
    });
    expect(move.correlationId).toBe(lastApproval.correlationId);
  });

  it('names the agreement of agreement events, and no focus area', () => {
    expect(row('RoleAssigned')).toMatchObject({
      agreementId: AGREEMENT_ID,
      streamId: AGREEMENT_STREAM,
      focusAreaId: null,
      partyId: null,
      summary: `Gav ett konto rollen rådsrepresentant för parten ${POLICE} (Lokalpolisområdeschef)`,
    });
  });

  it('keeps the event as stored', () => {
    expect(row('TransitionApproved')).toMatchObject({
      schemaVersion: 1,
      revision: 2,
      streamId: stream,
      data: { proposalId: 'p-prioritise', partyId: MUNICIPALITY },
    });
  });

  it("is indexed for the auditor's filters: agreement, focus area, party, kind and time", () => {
    expect(audit.index(row('TransitionApproved'))).toEqual({
      agreementId: AGREEMENT_ID,
      focusAreaId: FOCUS_AREA_ID,
      partyId: MUNICIPALITY,
      kind: 'TransitionApproved',
      occurredAt: expect.stringMatching(/^2024-03-14T15:0/),
    });
  });

  it('names each row by its position, zero-padded so that text order is log order', () => {
    const [first] = decidedAtMeeting().events();
    expect(audit.route(first!)).toEqual(['0000000000000001']);
    expect(audit.route({ ...first!, position: '123456789' as never })).toEqual(['0000000123456789']);
  });

  it('never changes a row once written', () => {
    const events = decidedAtMeeting().events();
    const written = audit.evolve(undefined, events[0]!)!;
    expect(audit.evolve(written, { ...events[0]!, type: 'Other' })).toBe(written);
  });

  describe('the grounds column', () => {
    const log = eventLog();
    log.append(stream, fa.proposed(), actors.coordinator);
    log.append(stream, fa.reject('p-1', POLICE, 'Underlaget saknar EST-data.'), actors.policeRepresentative);
    log.append(stream, fa.steppedBack('measures', 'analysis', 'Ny trygghetsmätning.'), actors.coordinator);
    log.append(stream, fa.conclusion(), actors.coordinator);
    log.append(stream, fa.measureStatus('measure-1', 'red', 'Ingen leverantör'), actors.coordinator);
    const grounds = rowsOf(log).map((r) => r.grounds);

    it('holds the reason of a rejection or a step back, the conclusion and the follow-up comment', () => {
      expect(grounds).toEqual([
        null,
        'Underlaget saknar EST-data.',
        'Ny trygghetsmätning.',
        'Målet nästan nått; fortsätt ett år till.',
        'Ingen leverantör',
      ]);
    });

    it('takes the deciding party of a rejection from the decision', () => {
      expect(rowsOf(log)[1]!.partyId).toBe(POLICE);
    });
  });
});
