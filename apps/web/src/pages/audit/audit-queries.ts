import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { AuditFilter } from './audit-filter';

/** The filter as the API's query parameters (`kind` comma-separated). */
export const filterParams = (filter: AuditFilter): Record<string, string | undefined> => ({
  focusAreaId: filter.focusAreaId,
  partyId: filter.partyId,
  kind: filter.kinds.length ? filter.kinds.join(',') : undefined,
  from: filter.from,
  to: filter.to,
});

export interface AuditPaging {
  readonly page: number;
  readonly pageSize: number;
  readonly order: 'asc' | 'desc';
}

/** One page of the audit history; the previous page stays on screen while the next one loads. */
export const useAuditHistory = (agreementId: string, filter: AuditFilter, paging: AuditPaging) =>
  useQuery({
    queryKey: ['audit', agreementId, filter, paging],
    queryFn: async ({ signal }) =>
      (await api.read('/agreements/{agreementId}/audit', { agreementId }, { signal, readModel: true, query: { ...filterParams(filter), ...paging } }))
        .data,
    placeholderData: keepPreviousData,
  });

/** The whole plan as it stood at an instant; nothing is asked until the auditor picks one. */
export const usePlanAsOf = (agreementId: string, asOf: string | null) =>
  useQuery({
    queryKey: ['plan-as-of', agreementId, asOf],
    queryFn: async ({ signal }) =>
      (await api.read('/agreements/{agreementId}/plan', { agreementId }, { signal, readModel: true, query: { asOf: asOf ?? '' } })).data,
    enabled: asOf !== null,
  });

/** What changed between two days (both included). */
export const usePlanChanges = (agreementId: string, range: { from: string; to: string } | null) =>
  useQuery({
    queryKey: ['plan-changes', agreementId, range],
    queryFn: async ({ signal }) =>
      (
        await api.read(
          '/agreements/{agreementId}/changes',
          { agreementId },
          { signal, readModel: true, query: { from: range?.from ?? '', to: range?.to ?? '' } },
        )
      ).data,
    enabled: range !== null,
  });
