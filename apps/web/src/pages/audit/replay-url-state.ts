import { useCallback } from 'react';
import { useSearchParams } from 'react-router';
import type { ReplayMode, ReplaySubject } from './replay-queries';

/** The replay's subject in the address: the agreement, or a focus area by its id. */
const AGREEMENT = 'overenskommelse';

/**
 * Where the replay stands lives in the address (?uppspelning=…&urval=alla&steg=4): a step can be
 * sent to a colleague, reloading keeps it, and the browser's back button steps back through the
 * steps taken.
 */
export const useReplayUrlState = () => {
  const [params, setParams] = useSearchParams();
  const raw = params.get('uppspelning');
  const subject: ReplaySubject | null =
    raw === null || raw === '' ? null : raw === AGREEMENT ? { kind: 'agreement' } : { kind: 'focusArea', focusAreaId: raw };
  const mode: ReplayMode = params.get('urval') === 'alla' ? 'events' : 'decisions';
  const step = Math.max(1, Math.floor(Number(params.get('steg'))) || 1);

  const update = useCallback(
    (values: Record<string, string | undefined>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(values)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      }),
    [setParams],
  );

  const start = (next: ReplaySubject, nextMode: ReplayMode) =>
    update({ uppspelning: next.kind === 'agreement' ? AGREEMENT : next.focusAreaId, urval: nextMode === 'events' ? 'alla' : undefined, steg: '1' });
  const goTo = (n: number) => update({ steg: String(n) });

  return { subject, mode, step, start, goTo };
};

export const subjectValue = (subject: ReplaySubject | null): string =>
  subject === null ? AGREEMENT : subject.kind === 'agreement' ? AGREEMENT : subject.focusAreaId;
export const subjectOf = (value: string): ReplaySubject => (value === AGREEMENT ? { kind: 'agreement' } : { kind: 'focusArea', focusAreaId: value });
