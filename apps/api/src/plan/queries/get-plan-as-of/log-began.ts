import { auditHistoryProjection, type AuditRow, type ReadModelStore } from '@samverkan/read-models';

/**
 * When the agreement's log began: the moment of its first event, from the audit history (a read
 * model, never the write streams). Before it there was no plan to show, which an auditor is told
 * plainly rather than with a "not found" that reads like missing access.
 */
export const logBeganAt = async (store: Pick<ReadModelStore, 'find'>, agreementId: string): Promise<string | null> =>
  (await store.find<AuditRow>(auditHistoryProjection.name, { agreementId, order: 'asc', limit: 1 })).items[0]?.doc.occurredAt ?? null;
