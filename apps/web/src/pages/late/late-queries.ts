import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';

/** Late measures and obligations on `today` (null: today in Sweden, as the server counts it); the last answer stays while another day loads. */
export const useLateAndDue = (agreementId: string, today: string | null) =>
  useQuery({
    queryKey: ['late-and-due', agreementId, today],
    queryFn: async ({ signal }) =>
      (await api.read('/agreements/{agreementId}/late-and-due', { agreementId }, { signal, readModel: true, query: { ...(today ? { today } : {}) } }))
        .data,
    placeholderData: keepPreviousData,
  });

/**
 * Measures by status over time up to `to`; without `from`, the server's default (a year back, or
 * the start of the period if later, one point a month).
 * The chart shown stays while another span loads, so the open table and the focus stay where they are.
 */
export const useMeasureTrend = (agreementId: string, range: { readonly from?: string; readonly to: string }) =>
  useQuery({
    queryKey: ['measure-trend', agreementId, range],
    queryFn: async ({ signal }) =>
      (await api.read('/agreements/{agreementId}/measure-trend', { agreementId }, { signal, readModel: true, query: { ...range } })).data,
    placeholderData: keepPreviousData,
  });
