import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useState } from 'react';
import { api } from '../../api/api';
import type { ApiResponse, CommandOutcome } from '../../api/client';
import { ApiProblem, isStale, networkProblem } from '../../api/problem';
import { queryKeys } from '../../api/queries';
import type { FocusAreaResponse } from '../../api/schema';

/**
 * The focus area as the page loaded it, with its ETag. It is refreshed only after a write (ours,
 * or one we learn of through a 412/409), never behind the user's back: a form is always based on
 * the state the page shows, and its command carries that state's ETag as If-Match.
 */
export const useFocusAreaQuery = (focusAreaId: string) =>
  useQuery<ApiResponse<FocusAreaResponse>>({
    queryKey: queryKeys.focusArea(focusAreaId),
    queryFn: ({ signal }) => api.read('/focus-areas/{focusAreaId}', { focusAreaId }, { signal }),
    staleTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  });

export const timelineKey = (focusAreaId: string) => ['focus-areas', focusAreaId, 'timeline'] as const;

/**
 * The focus area's history from the audit read model, newest first. A read model: after this tab's
 * own write it asks with `minPosition` (the client passes the highest position it wrote), so the
 * timeline already holds the event the user just caused.
 */
export const useTimelineQuery = (agreementId: string | undefined, focusAreaId: string, pageSize: number) =>
  useQuery({
    queryKey: [...timelineKey(focusAreaId), pageSize],
    queryFn: async ({ signal }) =>
      (
        await api.read(
          '/agreements/{agreementId}/audit',
          { agreementId: agreementId ?? '' },
          {
            signal,
            readModel: true,
            query: { focusAreaId, order: 'desc', pageSize },
          },
        )
      ).data,
    enabled: agreementId !== undefined,
    placeholderData: (previous) => previous,
  });

export type CommandResult<T> = { readonly ok: true; readonly outcome: T } | { readonly ok: false; readonly problem: ApiProblem; readonly stale: boolean };

export type SendCommand = <T extends CommandOutcome = CommandOutcome>(
  method: 'POST' | 'PUT' | 'DELETE',
  /** Under the focus area: `/problem-statement`, `/sources/{id}` … */
  path: string,
  body?: unknown,
) => Promise<CommandResult<T>>;

/**
 * Sends a command on the focus area with If-Match set to the ETag of the state the page shows.
 * Success: the focus area is read again (its new revision and ETag) and the timeline with
 * `minPosition`. 412/409: someone else changed it; the page is refreshed and `onStale` tells the
 * page to say so. The forms keep what the user typed either way, until they succeed.
 */
export const useSendCommand = (focusAreaId: string, etag: string | null, onStale: () => void): SendCommand => {
  const queryClient = useQueryClient();
  return useCallback(
    async <T extends CommandOutcome = CommandOutcome>(method: 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => {
      const refresh = () =>
        Promise.all([
          queryClient.invalidateQueries({ queryKey: queryKeys.focusArea(focusAreaId), exact: true }),
          queryClient.invalidateQueries({ queryKey: timelineKey(focusAreaId) }),
          // The overview and the decision inbox show this focus area too.
          queryClient.invalidateQueries({ queryKey: ['board'] }),
          queryClient.invalidateQueries({ queryKey: ['inbox'] }),
        ]);
      try {
        const response = await api.command<T>(method, `/focus-areas/${encodeURIComponent(focusAreaId)}${path}`, body, etag);
        await refresh();
        return { ok: true, outcome: response.data } as const;
      } catch (error) {
        const problem = error instanceof ApiProblem ? error : networkProblem();
        const stale = isStale(problem);
        if (stale) {
          onStale();
          await refresh();
        }
        return { ok: false, problem, stale } as const;
      }
    },
    [queryClient, focusAreaId, etag, onStale],
  );
};

/** Whether the page has just learnt that someone else changed the focus area. */
export const useStaleFlag = () => {
  const [stale, setStale] = useState(0);
  const raise = useCallback(() => setStale((n) => n + 1), []);
  const clear = useCallback(() => setStale(0), []);
  return { stale, raise, clear };
};
