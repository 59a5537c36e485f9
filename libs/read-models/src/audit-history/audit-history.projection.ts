import type { Projection } from '../projection.js';
import { auditRowOf } from './audit-row-of.js';
import { auditRowId, type AuditRow } from './audit-row.js';

/**
 * The audit history: one row per event of the log, in log order, never updated (an event is a
 * fact; so is its row). Indexed by agreement, focus area, party, event type and time, the
 * filters an auditor uses: "every decision for the police in 2024".
 */
export const auditHistoryProjection: Projection<AuditRow> = {
  name: 'audit-history',
  version: 2,
  route: (event) => [auditRowId(event.position)],
  // A row is made once, from its event alone: the runner need not read it before writing.
  insertOnly: true,
  // A row once written stands: delivering its event again changes nothing.
  evolve: (doc, event) => doc ?? auditRowOf(event),
  index: (row) => ({
    agreementId: row.agreementId,
    focusAreaId: row.focusAreaId,
    partyId: row.partyId,
    kind: row.eventType,
    occurredAt: row.occurredAt,
  }),
};
