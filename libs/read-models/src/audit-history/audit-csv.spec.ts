import { describe, it, expect } from '@jest/globals';
import { parse } from 'csv-parse/sync';
import { auditExportFileName, auditRowsToCsv, AUDIT_CSV_COLUMNS, swedishMinuteOf } from './audit-csv.js';
import type { ReadableAuditRow } from './readable-audit-row.js';

const row = (over: Partial<ReadableAuditRow> = {}): ReadableAuditRow => ({
  position: '42',
  occurredAt: '2024-03-14T15:02:00.000Z',
  streamId: 'focus-area-lomma-centrum-kvallstid',
  revision: 3,
  eventType: 'TransitionRejected',
  agreementId: 'lomma-2023-2027',
  focusAreaId: 'lomma-centrum-kvallstid',
  actorId: 'lomma.rad.polis',
  actorRole: 'councilRepresentative',
  onBehalfOfPartyId: 'lpo-kavlinge',
  partyId: 'lpo-kavlinge',
  meeting: { name: 'Trygghetsrådets styrgrupp; möte 2', date: '2024-03-14' },
  grounds: 'Källorna räcker inte; "EST" saknas.\nKomplettera med Öresundsstatistik.',
  proposalId: 'p-analysis',
  summary: 'Avslog förslaget att gå vidare från kartläggning till analys för Lokalpolisområde Kävlinge: Källorna räcker inte',
  correlationId: 'corr-9',
  causationId: null,
  machineVersion: '1.0.0',
  schemaVersion: 1,
  data: { proposalId: 'p-analysis', partyId: 'lpo-kavlinge' },
  partyName: 'Lokalpolisområde Kävlinge',
  onBehalfOfPartyName: 'Lokalpolisområde Kävlinge',
  focusAreaTitle: 'Otrygghet vid Lomma centrum kvällstid',
  protocol: { meetingId: 'm-1', paragraph: 2 },
  protocolLabel: '§ 2, Strategiska rådets möte 2024-03-14',
  references: [
    { subject: 'party', id: 'lpo-kavlinge', name: 'Lokalpolisområde Kävlinge' },
    { subject: 'proposal', id: 'p-analysis', name: 'att gå vidare från kartläggning till analys' },
  ],
  ...over,
});

const BOM = '\uFEFF';
const read = (csv: string): string[][] => parse(csv, { delimiter: ';', bom: true, relax_column_count: false });

describe('audit history as CSV for Excel', () => {
  const csv = auditRowsToCsv([
    row(),
    row({
      position: '43',
      eventType: 'TransitionApproved',
      grounds: null,
      meeting: null,
      protocol: null,
      protocolLabel: null,
      summary: 'Godkände förslaget för Lomma kommun',
    }),
  ]);

  it('starts with a UTF-8 byte order mark, so Excel keeps å, ä and ö', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(Buffer.from(csv, 'utf8').subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });

  it('has a Swedish header row, separated by semicolons', () => {
    expect(csv.slice(1).split('\r\n')[0]).toBe(
      'Tidpunkt (svensk tid);Händelse;Sammanfattning;Aktör;Roll;För part;Fokusområde;Möte;Protokoll;Motivering;Position;Förslag;Part-id;Fokusområdes-id;Överenskommelse;Händelsetyp;Tidpunkt (UTC);Ström;Revision;Korrelations-id;Aktörs-id;Inloggning;Identitetsutfärdare;Tillitsnivå',
    );
  });

  it('ends every record with CRLF', () => {
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\r')).toBe(false);
  });

  it('reads back exactly, with ÅÄÖ, quotes, semicolons and line breaks intact', () => {
    const [header, first, second] = read(csv);
    expect(header).toEqual(AUDIT_CSV_COLUMNS.map((c) => c.header));
    expect(first).toEqual([
      '2024-03-14 16:02',
      'Avslag av part',
      'Avslog förslaget att gå vidare från kartläggning till analys för Lokalpolisområde Kävlinge: Källorna räcker inte',
      'lomma.rad.polis',
      'rådsrepresentant',
      'Lokalpolisområde Kävlinge',
      'Otrygghet vid Lomma centrum kvällstid',
      'Trygghetsrådets styrgrupp; möte 2 (2024-03-14)',
      '§ 2, Strategiska rådets möte 2024-03-14',
      'Källorna räcker inte; "EST" saknas.\nKomplettera med Öresundsstatistik.',
      '42',
      'p-analysis',
      'lpo-kavlinge',
      'lomma-centrum-kvallstid',
      'lomma-2023-2027',
      'TransitionRejected',
      '2024-03-14T15:02:00.000Z',
      'focus-area-lomma-centrum-kvallstid',
      '3',
      'corr-9',
      'lomma.rad.polis',
      '',
      '',
      '',
    ]);
    expect(second!.slice(6, 10)).toEqual(['Otrygghet vid Lomma centrum kvällstid', '', '', '']);
  });

  it('names the party and the focus area for a person, and keeps their ids for the auditor', () => {
    const [, first] = read(csv);
    const cell = (header: string) => first![AUDIT_CSV_COLUMNS.findIndex((c) => c.header === header)];
    expect([cell('För part'), cell('Part-id')]).toEqual(['Lokalpolisområde Kävlinge', 'lpo-kavlinge']);
    expect([cell('Fokusområde'), cell('Fokusområdes-id')]).toEqual(['Otrygghet vid Lomma centrum kvällstid', 'lomma-centrum-kvallstid']);
  });

  it('names the actor as the accounts name them now, and says how they signed in', () => {
    const signedIn = row({
      actorName: 'Kommunpolis Lomma',
      signInMethod: 'oidc',
      signInIssuer: 'https://login.lomma.se',
      signInAcr: 'http://id.elegnamnden.se/loa/1.0/loa3',
    });
    const [, first] = read(auditRowsToCsv([signedIn]));
    const cell = (header: string) => first![AUDIT_CSV_COLUMNS.findIndex((c) => c.header === header)];
    expect([cell('Aktör'), cell('Aktörs-id')]).toEqual(['Kommunpolis Lomma', 'lomma.rad.polis']);
    expect([cell('Inloggning'), cell('Identitetsutfärdare'), cell('Tillitsnivå')]).toEqual([
      'oidc',
      'https://login.lomma.se',
      'http://id.elegnamnden.se/loa/1.0/loa3',
    ]);
  });

  it('falls back to the id where the log gave no name', () => {
    const [, first] = read(auditRowsToCsv([row({ partyName: null, focusAreaTitle: null })]));
    expect(first!.slice(5, 7)).toEqual(['lpo-kavlinge', 'lomma-centrum-kvallstid']);
  });

  it('quotes as RFC 4180 does: the field in quotes, inner quotes doubled', () => {
    expect(csv).toContain('"Källorna räcker inte; ""EST"" saknas.\nKomplettera med Öresundsstatistik."');
  });

  it('opens free text that looks like a formula as text, not as a formula', () => {
    const [, first] = read(auditRowsToCsv([row({ grounds: '=HYPERLINK("http://exempel.se")' })]));
    expect(first![9]).toBe('\'=HYPERLINK("http://exempel.se")');
  });

  it('opens a name that looks like a formula as text too: names are free text', () => {
    const [, first] = read(auditRowsToCsv([row({ focusAreaTitle: '+46 Trygghet', partyName: '@Polisen' })]));
    expect(first!.slice(5, 7)).toEqual(["'@Polisen", "'+46 Trygghet"]);
  });

  it('leaves out the byte order mark and uses another separator when asked', () => {
    const plain = auditRowsToCsv([row()], { bom: false, delimiter: ',' });
    expect(plain.startsWith('Tidpunkt (svensk tid),Händelse')).toBe(true);
  });

  it('names the event in Swedish and keeps its stored type for the auditor who follows it through the log', () => {
    const [, first] = read(csv);
    const cell = (header: string) => first![AUDIT_CSV_COLUMNS.findIndex((c) => c.header === header)];
    expect([cell('Händelse'), cell('Händelsetyp')]).toEqual(['Avslag av part', 'TransitionRejected']);
  });

  it('writes a long Swedish compound without the soft hyphen the screen breaks it at', () => {
    const [, first] = read(auditRowsToCsv([row({ eventType: 'ChildImpactAssessmentRecorded' })]));
    expect(first![1]).toBe('Barnkonsekvensanalys');
  });

  it('gives an event type it does not know as stored', () => {
    const [, first] = read(auditRowsToCsv([row({ eventType: 'SomethingNewHappened' })]));
    expect(first![1]).toBe('SomethingNewHappened');
  });

  it('keeps the rows in the order it is given them (the order the screen shows)', () => {
    const rows = read(auditRowsToCsv([row({ position: '9' }), row({ position: '3' }), row({ position: '5' })]));
    expect(rows.slice(1).map((r) => r[10])).toEqual(['9', '3', '5']);
  });

  it('is just the header for no rows', () => {
    expect(read(auditRowsToCsv([]))).toEqual([AUDIT_CSV_COLUMNS.map((c) => c.header)]);
  });
});

describe('times in the CSV', () => {
  it('are Swedish local time to the minute, winter time an hour ahead of UTC', () => {
    expect(swedishMinuteOf('2025-01-14T09:05:59.999Z')).toBe('2025-01-14 10:05');
  });

  it('are Swedish summer time two hours ahead of UTC', () => {
    expect(swedishMinuteOf('2025-06-30T21:30:00Z')).toBe('2025-06-30 23:30');
  });

  it('fall on the Swedish day, not the UTC day, just before midnight', () => {
    expect(swedishMinuteOf('2025-03-14T23:10:00Z')).toBe('2025-03-15 00:10');
  });
});

describe('the export file name', () => {
  it('is the agreement alone without a filter', () => {
    expect(auditExportFileName('lomma-2024-2027', {}, 'csv')).toBe('granskning-lomma-2024-2027.csv');
  });

  it('says the period, the focus area, the party and the event kind in Swedish, in ASCII', () => {
    expect(
      auditExportFileName(
        'lomma-2024-2027',
        { from: '2025-01-01', to: '2025-06-30', focusAreaId: 'lomma-bjarred-centrum', partyId: 'lpo-kavlinge', kinds: ['TransitionApproved'] },
        'csv',
      ),
    ).toBe('granskning-lomma-2024-2027-2025-01-01--2025-06-30-lomma-bjarred-centrum-lpo-kavlinge-godkannande-av-part.csv');
  });

  it('says an open period by its one end', () => {
    expect(auditExportFileName('lomma', { from: '2025-01-01' }, 'json')).toBe('granskning-lomma-fran-2025-01-01.json');
    expect(auditExportFileName('lomma', { to: '2025-06-30T12:00:00Z' }, 'csv')).toBe('granskning-lomma-till-2025-06-30.csv');
  });

  it('counts many kinds instead of listing them', () => {
    expect(auditExportFileName('lomma', { kinds: ['TransitionApproved', 'TransitionRejected', 'GoalSet', 'MeasurePlanned'] }, 'csv')).toBe(
      'granskning-lomma-4-handelsetyper.csv',
    );
  });

  it('turns å, ä and ö into a, a and o, and keeps nothing a file system could trip on', () => {
    const name = auditExportFileName('lomma', { kinds: ['ChildImpactAssessmentRecorded', 'GoalOutcomeRecorded'] }, 'csv');
    expect(name).toBe('granskning-lomma-barnkonsekvensanalys-utfall-for-mal.csv');
    expect(name).toMatch(/^[a-z0-9.-]+$/);
  });
});
