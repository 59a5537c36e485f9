import { summaryOf } from './audit-row-of.js';
import { referencesOf, type NamedReference } from './audit-references.js';
import type { AuditNameBook } from './audit-names.js';
import type { AuditRow } from './audit-row.js';

/**
 * An audit row as a person reads it: names where the event has ids. The ids stay beside them
 * (partyId, proposalId, data, references), for auditors who follow them through the log.
 */
export interface ReadableAuditRow extends AuditRow {
  /** The sentence with the names of parties, sources, causes, goals, measures and proposals as they were then. */
  readonly summary: string;
  readonly partyName: string | null;
  readonly onBehalfOfPartyName: string | null;
  readonly focusAreaTitle: string | null;
  /** Where a decision was taken, as the minutes number it: "§ 4, Strategiska rådets möte 2025-03-13"; null for anything else. */
  readonly protocolLabel: string | null;
  /** Every id the event's data names, with what it stood for when the event happened. */
  readonly references: readonly NamedReference[];
  /**
   * The actor's name now, from the accounts (the log holds only the id): filled by the API at query
   * time, "Borttagen användare" for a removed account; absent where no accounts are at hand.
   */
  readonly actorName?: string;
}

export const readableAuditRow = (row: AuditRow, names: AuditNameBook): ReadableAuditRow => {
  const nameOf = names.namesAt(row);
  const party = (partyId: string | null) => (partyId === null ? null : (nameOf('party', partyId) ?? null));
  return {
    ...row,
    summary: summaryOf({ type: row.eventType, schemaVersion: row.schemaVersion, data: row.data }, nameOf),
    partyName: party(row.partyId),
    onBehalfOfPartyName: party(row.onBehalfOfPartyId),
    focusAreaTitle: names.focusAreaTitle(row) ?? null,
    protocolLabel: names.protocolLabel(row) ?? null,
    references: referencesOf(row.data).map((ref) => ({ ...ref, name: nameOf(ref.subject, ref.id) ?? null })),
  };
};
