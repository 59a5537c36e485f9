import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { AuditRow, FocusAreaAsOf } from '../../api/schema';
import { DECISION_EVENT_TYPES } from './audit-labels';
import { replaySteps } from './replay-steps';

/** What is replayed: the whole agreement, or one focus area. */
export type ReplaySubject = { readonly kind: 'agreement' } | { readonly kind: 'focusArea'; readonly focusAreaId: string };
/** One decision at a time, or every event. */
export type ReplayMode = 'decisions' | 'events';

const PAGE = 500;

/** Every step of the replay, oldest first: the audit history's rows (its home), all pages of them, grouped by request. */
export const useReplaySteps = (agreementId: string, subject: ReplaySubject | null, mode: ReplayMode) =>
  useQuery({
    queryKey: ['replay-steps', agreementId, subject, mode],
    queryFn: async ({ signal }) => {
      const rows: AuditRow[] = [];
      const query = {
        ...(subject?.kind === 'focusArea' ? { focusAreaId: subject.focusAreaId } : {}),
        ...(mode === 'decisions' ? { kind: DECISION_EVENT_TYPES.join(',') } : {}),
        order: 'asc' as const,
        pageSize: PAGE,
      };
      for (let page = 1; ; page++) {
        const { data } = await api.read('/agreements/{agreementId}/audit', { agreementId }, { signal, readModel: true, query: { ...query, page } });
        rows.push(...data.items);
        if (rows.length >= data.total || data.items.length === 0) return rows;
      }
    },
    // A stable function: the steps are grouped once per answer, not on every render.
    select: replaySteps,
    enabled: subject !== null,
    staleTime: 60_000,
  });

/** The plan right after a step: a focus area at the step's stream revision, or the whole agreement at the step's moment. */
export const useReplayPlan = (agreementId: string, subject: ReplaySubject, step: AuditRow | undefined) =>
  useQuery({
    queryKey: ['replay-plan', agreementId, subject, step?.position],
    queryFn: async ({ signal }) => {
      if (!step) throw new Error('No step');
      if (subject.kind === 'focusArea') {
        // The route's revision is a number, which the typed reads (string path parameters) do not take.
        const path = `/focus-areas/${encodeURIComponent(subject.focusAreaId)}/revisions/${step.revision}`;
        const { data } = await api.get<FocusAreaAsOf>(path, { signal, readModel: true });
        return { kind: 'focusArea' as const, doc: data, at: step.occurredAt };
      }
      const { data } = await api.read('/agreements/{agreementId}/plan', { agreementId }, { signal, readModel: true, query: { asOf: step.occurredAt } });
      return { kind: 'agreement' as const, plan: data, at: step.occurredAt };
    },
    enabled: step !== undefined,
    staleTime: Number.POSITIVE_INFINITY,
  });

/** What changed in the plan with a step: the plan just before it compared with the plan after it (the plan-changes diff). */
export const useStepChanges = (agreementId: string, previous: AuditRow | undefined, step: AuditRow | undefined) =>
  useQuery({
    queryKey: ['replay-changes', agreementId, previous?.position, step?.position],
    queryFn: async ({ signal }) =>
      (
        await api.read(
          '/agreements/{agreementId}/changes',
          { agreementId },
          { signal, readModel: true, query: { from: previous?.occurredAt ?? '', to: step?.occurredAt ?? '' } },
        )
      ).data.changes,
    // Two events in the same millisecond: one moment, no window between them to compare.
    enabled: previous !== undefined && step !== undefined && previous.occurredAt < step.occurredAt,
    staleTime: Number.POSITIVE_INFINITY,
  });
