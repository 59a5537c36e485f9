import { stringify } from 'csv-stringify/sync';
import { ROLE_LABEL_SV } from './labels.js';
import type { ReadableAuditRow } from './readable-audit-row.js';

export interface AuditCsvOptions {
  /**
   * The UTF-8 byte order mark, without which Excel reads the file as Windows-1252 and "Återkallade"
   * turns into "Ã…terkallade". Default true.
   */
  readonly bom?: boolean;
  /** Swedish Excel lists with `;` (the comma is the decimal separator). Default ';'. */
  readonly delimiter?: string;
  /**
   * Prefixes a cell that begins with =, +, -, @, tab or carriage return with `'`, so that free text
   * ("=HYPERLINK(…)") opens as text in Excel instead of running as a formula. Default true.
   */
  readonly escapeFormulas?: boolean;
}

/**
 * The columns, in order, with the Swedish header an official reads in Excel: names first, then
 * the ids an auditor follows through the log (and filters on: a name need not be unique).
 */
export const AUDIT_CSV_COLUMNS: readonly { readonly header: string; readonly value: (row: ReadableAuditRow) => string }[] = [
  { header: 'Tidpunkt', value: (r) => r.occurredAt },
  { header: 'Händelse', value: (r) => r.eventType },
  { header: 'Sammanfattning', value: (r) => r.summary },
  { header: 'Aktör', value: (r) => r.actorName ?? r.actorId },
  { header: 'Roll', value: (r) => ROLE_LABEL_SV[r.actorRole] ?? r.actorRole },
  { header: 'För part', value: (r) => r.partyName ?? r.partyId ?? '' },
  { header: 'Fokusområde', value: (r) => r.focusAreaTitle ?? r.focusAreaId ?? '' },
  { header: 'Möte', value: (r) => (r.meeting ? `${r.meeting.name} (${r.meeting.date})` : '') },
  { header: 'Protokoll', value: (r) => r.protocolLabel ?? '' },
  { header: 'Motivering', value: (r) => r.grounds ?? '' },
  { header: 'Position', value: (r) => r.position },
  { header: 'Förslag', value: (r) => r.proposalId ?? '' },
  { header: 'Part-id', value: (r) => r.partyId ?? '' },
  { header: 'Fokusområdes-id', value: (r) => r.focusAreaId ?? '' },
  { header: 'Överenskommelse', value: (r) => r.agreementId ?? '' },
  { header: 'Ström', value: (r) => r.streamId },
  { header: 'Revision', value: (r) => String(r.revision) },
  { header: 'Korrelations-id', value: (r) => r.correlationId },
  { header: 'Aktörs-id', value: (r) => r.actorId },
  { header: 'Inloggning', value: (r) => r.signInMethod ?? '' },
  { header: 'Identitetsutfärdare', value: (r) => r.signInIssuer ?? '' },
  { header: 'Tillitsnivå', value: (r) => r.signInAcr ?? '' },
];

/**
 * The audit rows as a CSV file for Excel: header row, CRLF line ends and RFC 4180 quoting
 * (a field with the separator, a quote or a line break is quoted, quotes doubled), by
 * csv-stringify rather than by hand.
 */
export const auditRowsToCsv = (rows: readonly ReadableAuditRow[], options: AuditCsvOptions = {}): string =>
  stringify([AUDIT_CSV_COLUMNS.map((c) => c.header), ...rows.map((row) => AUDIT_CSV_COLUMNS.map((c) => c.value(row)))], {
    bom: options.bom ?? true,
    delimiter: options.delimiter ?? ';',
    record_delimiter: 'windows',
    escape_formulas: options.escapeFormulas ?? true,
  });
