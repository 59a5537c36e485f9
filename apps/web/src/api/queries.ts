import { QueryClient, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { api } from './api';
import type { ApiResponse, CommandOutcome } from './client';
import { ApiProblem } from './problem';

export const queryKeys = {
  agreements: ['agreements'] as const,
  agreement: (agreementId: string) => ['agreements', agreementId] as const,
  board: (agreementId: string) => ['board', agreementId] as const,
  inbox: (agreementId: string) => ['inbox', agreementId] as const,
  focusArea: (focusAreaId: string) => ['focus-areas', focusAreaId] as const,
};

/** Retry only what may pass on its own: the read models catching up (503) or the network. */
const retryable = (error: unknown) => error instanceof ApiProblem && (error.status === 503 || error.status === 0);

export const createQueryClient = (): QueryClient =>
  new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 5_000,
        retry: (failures, error) => failures < 3 && retryable(error),
        retryDelay: (failures, error) =>
          error instanceof ApiProblem && error.retryAfterSeconds ? error.retryAfterSeconds * 1000 : Math.min(500 * 2 ** failures, 4000),
      },
      mutations: { retry: false },
    },
  });

/** The agreements the user holds a role in: read models, so they wait for this tab's own writes. */
export const useAgreements = (enabled = true) =>
  useQuery({
    queryKey: queryKeys.agreements,
    queryFn: async ({ signal }) => (await api.read('/agreements', {}, { signal, readModel: true })).data,
    enabled,
  });

export const useAgreementDetail = (agreementId: string | undefined) =>
  useQuery({
    queryKey: queryKeys.agreement(agreementId ?? ''),
    queryFn: async ({ signal }) => (await api.read('/agreements/{agreementId}', { agreementId: agreementId ?? '' }, { signal, readModel: true })).data,
    enabled: agreementId !== undefined,
  });

/** The plan board (Översikt): a read model, so it waits for this tab's own writes. */
export const useBoard = (agreementId: string | undefined) =>
  useQuery({
    queryKey: queryKeys.board(agreementId ?? ''),
    queryFn: async ({ signal }) =>
      (await api.read('/agreements/{agreementId}/board', { agreementId: agreementId ?? '' }, { signal, readModel: true })).data,
    enabled: agreementId !== undefined,
  });

/** The decision inbox (Beslut) of every party the user decides for. */
export const useInbox = (agreementId: string | undefined) =>
  useQuery({
    queryKey: queryKeys.inbox(agreementId ?? ''),
    queryFn: async ({ signal }) =>
      (await api.read('/agreements/{agreementId}/inbox', { agreementId: agreementId ?? '' }, { signal, readModel: true })).data,
    enabled: agreementId !== undefined,
  });

export interface CommandRequest {
  readonly method: 'POST' | 'PUT' | 'DELETE';
  /** Under /api, e.g. `/focus-areas/x/proposals/y/approvals`. */
  readonly path: string;
  readonly body?: unknown;
  /** The ETag the user's form was based on. */
  readonly ifMatch?: string | null;
}

/**
 * Sends a command and then refreshes every query, success or not: after a success the lists show
 * it (minPosition), after a 412/409 the page shows the fresh state the user must decide on again.
 */
export const useCommand = <T extends CommandOutcome = CommandOutcome>() => {
  const queryClient = useQueryClient();
  return useMutation<ApiResponse<T>, ApiProblem, CommandRequest>({
    mutationFn: ({ method, path, body, ifMatch }) => api.command<T>(method, path, body, ifMatch),
    // Not awaited: the caller hears the outcome at once, while the lists refresh behind it.
    onSettled: () => {
      void queryClient.invalidateQueries();
    },
  });
};
