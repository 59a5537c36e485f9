import { stringify } from 'csv-stringify/sync';
import { SWEDISH_TIME_ZONE } from '@samverkan/shared-kernel';
import { Temporal } from 'temporal-polyfill';
import { eventTypeLabelSv, ROLE_LABEL_SV } from './labels.js';
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

/** "2025-03-14 10:05": the minute as a clock in Sweden showed it (summer time included), as Excel sorts it. */
export const swedishMinuteOf = (instant: string): string => {
  const t = Temporal.Instant.from(instant).toZonedDateTimeISO(SWEDISH_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${t.toPlainDate().toString()} ${pad(t.hour)}:${pad(t.minute)}`;
};

/**
 * The columns, in order, with the Swedish header an official reads in Excel: names first, then
 * the ids an auditor follows through the log (and filters on: a name need not be unique).
 */
export const AUDIT_CSV_COLUMNS: readonly { readonly header: string; readonly value: (row: ReadableAuditRow) => string }[] = [
  { header: 'Tidpunkt (svensk tid)', value: (r) => swedishMinuteOf(r.occurredAt) },
  { header: 'Händelse', value: (r) => eventTypeLabelSv(r.eventType, true) },
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
  { header: 'Händelsetyp', value: (r) => r.eventType },
  { header: 'Tidpunkt (UTC)', value: (r) => r.occurredAt },
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

/** The filter an export was made with, as the API names it. */
export interface AuditExportFilter {
  readonly focusAreaId?: string;
  readonly partyId?: string;
  readonly kinds?: readonly string[];
  readonly from?: string;
  readonly to?: string;
}

/** Lower-case ASCII words joined by hyphens: "Godkännande av part" → "godkannande-av-part" (safe in every file system and header). */
const asciiSlug = (text: string): string =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f\u00ad]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

/** A day or the day of an instant: the file name says the period, not the second. */
const dayOf = (when: string): string => when.slice(0, 10);

/** More kinds than this are counted in the name instead of listed. */
const KINDS_NAMED = 3;

/**
 * The export's file name says what the file holds, so two exports with different filters never
 * overwrite each other in the downloads folder:
 * `granskning-lomma-2025-01-01--2025-06-30-godkannande-av-part.csv`. ASCII only.
 */
export const auditExportFileName = (agreementId: string, filter: AuditExportFilter, format: 'csv' | 'json'): string => {
  const period =
    filter.from && filter.to
      ? `${dayOf(filter.from)}--${dayOf(filter.to)}`
      : filter.from
        ? `fran-${dayOf(filter.from)}`
        : filter.to
          ? `till-${dayOf(filter.to)}`
          : '';
  const kinds = filter.kinds ?? [];
  const kindPart = kinds.length > KINDS_NAMED ? `${kinds.length}-handelsetyper` : kinds.map((kind) => asciiSlug(eventTypeLabelSv(kind, true))).join('-');
  const ids = [filter.focusAreaId ?? '', filter.partyId ?? ''].map(asciiSlug);
  const parts = ['granskning', asciiSlug(agreementId), period, ...ids, kindPart].filter(Boolean);
  return `${parts.join('-')}.${format}`;
};
