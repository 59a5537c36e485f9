import {
  auditHistoryProjection,
  auditNameBook,
  auditNamingQueries,
  readableAuditRow,
  type AuditRow,
  type ReadableAuditRow,
  type ReadModelStore,
} from '@samverkan/read-models';

/**
 * The rows with names for their ids. The names come from the audit history itself: the rows of
 * the events that gave them (the registration names the parties, MeasurePlanned the measure's
 * activity …), so a measure removed since, or renamed since, is named as it was at the row's time.
 * Shared by the HTTP query and the CLI export, so both files say the same.
 */
export const readableAuditRows = async (
  store: Pick<ReadModelStore, 'find'>,
  agreementId: string,
  rows: readonly AuditRow[],
): Promise<ReadableAuditRow[]> => {
  const naming = await Promise.all(
    auditNamingQueries(agreementId, rows).map((query) => store.find<AuditRow>(auditHistoryProjection.name, query)),
  );
  const names = auditNameBook(naming.flatMap((page) => page.items.map((item) => item.doc)));
  return rows.map((row) => readableAuditRow(row, names));
};
