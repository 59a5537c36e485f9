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

/** The council's decisions on one focus area up to a moment (approvals and rejections, with their §): a part of the plan as it stood. */
export const useDecisionsUpTo = (agreementId: string, focusAreaId: string, at: string) =>
  useQuery({
    queryKey: ['decisions-up-to', agreementId, focusAreaId, at],
    queryFn: async ({ signal }) =>
      (
        await api.read(
          '/agreements/{agreementId}/audit',
          { agreementId },
          { signal, readModel: true, query: { focusAreaId, kind: 'TransitionApproved,TransitionRejected', to: at, order: 'asc', pageSize: 500 } },
        )
      ).data,
  });

/** Two moments compared: the plan at each (a day means its end in Sweden), and what changed between them. */
export const usePlansCompared = (agreementId: string, moments: { before: string; after: string } | null) =>
  useQuery({
    queryKey: ['plans-compared', agreementId, moments],
    queryFn: async ({ signal }) => {
      const planAt = async (asOf: string) =>
        (await api.read('/agreements/{agreementId}/plan', { agreementId }, { signal, readModel: true, query: { asOf } })).data;
      const [before, after] = await Promise.all([planAt(moments?.before ?? ''), planAt(moments?.after ?? '')]);
      // The changes between the two plans exactly as shown: from the instant of the first to the instant of the second.
      const changes = (
        await api.read('/agreements/{agreementId}/changes', { agreementId }, { signal, readModel: true, query: { from: before.at, to: after.at } })
      ).data;
      return { before, after, changes: changes.changes };
    },
    enabled: moments !== null,
  });
