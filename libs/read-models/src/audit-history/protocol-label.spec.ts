import { describe, expect, it } from '@jest/globals';
import { focusAreaStreamId, meetingStreamId } from '@samverkan/shared-kernel';
import { eventLog } from '../testing/event-log.js';
import { auditNameBook } from './audit-names.js';
import { auditRowOf, summaryOf } from './audit-row-of.js';
import { auditRowsToCsv } from './audit-csv.js';
import { readableAuditRow } from './readable-audit-row.js';

const police = { actorId: 'lomma.rad.polis', actorRole: 'councilRepresentative' as const, onBehalfOfPartyId: 'polisen' };

describe('a decision citing a meeting paragraph, in the audit history', () => {
  const log = eventLog('2025-03-13');
  log.append(
    meetingStreamId('m-1'),
    {
      type: 'MeetingScheduled',
      schemaVersion: 1,
      data: { meetingId: 'm-1', agreementId: 'lomma', body: 'council', date: '2025-03-13', place: 'Kommunhuset' },
    },
    { actorId: 'lomma.samordnare', actorRole: 'coordinator' },
  );
  const [approved] = log.append(
    focusAreaStreamId('centrum'),
    { type: 'TransitionApproved', schemaVersion: 1, data: { proposalId: 'p-1', partyId: 'polisen', protocol: { meetingId: 'm-1', paragraph: 4 } } },
    police,
  );
  const [uncited] = log.append(
    focusAreaStreamId('centrum'),
    { type: 'TransitionApproved', schemaVersion: 1, data: { proposalId: 'p-2', partyId: 'polisen' } },
    police,
  );
  const rows = log.events().map((e) => auditRowOf({ ...e, agreementId: 'lomma' }));
  const names = auditNameBook(rows);

  it('keeps the reference on the row', () => {
    expect(auditRowOf({ ...approved!, agreementId: 'lomma' }).protocol).toEqual({ meetingId: 'm-1', paragraph: 4 });
    expect(auditRowOf({ ...uncited!, agreementId: 'lomma' }).protocol).toBeNull();
  });

  it('says "§ 4, <meeting> <date>" for a person, and nothing for a decision citing none', () => {
    expect(readableAuditRow(rows[1]!, names).protocolLabel).toBe('§ 4, Strategiska rådets möte 2025-03-13');
    expect(readableAuditRow(rows[2]!, names).protocolLabel).toBeNull();
  });

  it('names the meeting by its id where the history does not name it', () => {
    expect(readableAuditRow(rows[1]!, auditNameBook([])).protocolLabel).toBe('§ 4, möte m-1');
  });

  it('shows it in the CSV export under "Protokoll"', () => {
    const csv = auditRowsToCsv([readableAuditRow(rows[1]!, names)]);
    const [header, row] = csv
      .slice(1)
      .split('\r\n')
      .map((line) => line.split(';'));
    expect(row![header!.indexOf('Protokoll')]).toBe('§ 4, Strategiska rådets möte 2025-03-13');
  });
});

describe("a meeting's own events, in the audit history", () => {
  it('read as Swedish sentences', () => {
    expect(summaryOf({ type: 'MeetingHeld', data: { heldOn: '2025-03-13' } })).toBe('Registrerade att mötet hölls 13 mars 2025');
    expect(summaryOf({ type: 'MinutesChecked', data: { partyId: 'lpo-kavlinge' } }, () => 'Lokalpolisområde Kävlinge')).toBe(
      'Justerade protokollet för Lokalpolisområde Kävlinge',
    );
    expect(summaryOf({ type: 'AgendaItemAdded', data: { itemId: 'i-1', title: 'Centrum', subject: { kind: 'other' } } })).toBe(
      'Lade till punkten ”Centrum” på dagordningen',
    );
  });
});
