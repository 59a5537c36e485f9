import { isIsoDate, swedishDateOf } from '@samverkan/dates';
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { AgreementSummary, AuditRow } from '../../api/schema';
import { Button, FormField, formatDate, useAnnounce } from '../../ui';
import { eventTypeLabel } from './audit-labels';
import type { ReplaySubject } from './replay-queries';
import { ReplayStepView } from './ReplayStepView';
import { lastStepOnOrBefore } from './replay-steps';

interface Props {
  readonly agreement: AgreementSummary;
  readonly subject: ReplaySubject;
  /** Each step the events one request wrote together, oldest first. */
  readonly steps: readonly (readonly AuditRow[])[];
  /** 1-based, as the address says it; beyond the last it is the last. */
  readonly step: number;
  readonly goTo: (step: number) => void;
  readonly unit: string;
}

/**
 * The replay's controls and its current step. Buttons for first, previous, next and last (and
 * the arrow, Home and End keys among them), a day to jump to, and each step announced in the live
 * region as the plan changes below.
 */
export const Replayer = ({ agreement, subject, steps, step, goTo, unit }: Props) => {
  const announce = useAnnounce();
  const total = steps.length;
  const at = Math.min(step, total);
  const current = steps[at - 1]!;
  const first = current[0]!;
  const [day, setDay] = useState('');
  const [error, setError] = useState<string | null>(null);
  const where = `Steg ${at} av ${total}`;

  const message = `${where}, ${formatDate(swedishDateOf(first.occurredAt))}: ${eventTypeLabel(first.eventType)}. ${current.map((row) => row.summary).join('. ')}`;
  useEffect(() => announce(message), [announce, message]);

  // A new step is a new address, and a new address moves focus to the page's heading (PageHeading):
  // the control that took the step gets it back, so the arrow keys and Enter keep stepping.
  const stepper = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const control = stepper.current;
    stepper.current = null;
    if (!control) return;
    const timer = window.setTimeout(() => control.isConnected && control.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [at]);

  const move = (n: number) => {
    const to = Math.min(total, Math.max(1, n));
    if (to === at) return;
    stepper.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    goTo(to);
  };
  const keys = (event: KeyboardEvent) => {
    const to = { ArrowLeft: at - 1, ArrowRight: at + 1, Home: 1, End: total }[event.key];
    if (to === undefined) return;
    event.preventDefault();
    move(to);
  };
  const jump = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(day)) return setError('Ange ett datum, till exempel 2025-03-14.');
    const found = lastStepOnOrBefore(steps, day, swedishDateOf);
    if (found === 0) return setError(`Uppspelningen börjar ${formatDate(swedishDateOf(steps[0]![0]!.occurredAt))}; inget hade hänt före den dagen.`);
    setError(null);
    move(found);
  };

  return (
    <div className="replay">
      <div className="replay__controls" role="group" aria-label={`Stega genom ${unit}`} onKeyDown={keys}>
        <Button variant="secondary" aria-disabled={at <= 1 || undefined} onClick={() => move(1)}>
          Första
        </Button>
        <Button variant="secondary" aria-disabled={at <= 1 || undefined} onClick={() => move(at - 1)}>
          Föregående
        </Button>
        <span className="replay__where" aria-hidden="true">
          {where}
        </span>
        <Button variant="secondary" aria-disabled={at >= total || undefined} onClick={() => move(at + 1)}>
          Nästa
        </Button>
        <Button variant="secondary" aria-disabled={at >= total || undefined} onClick={() => move(total)}>
          Senaste
        </Button>
      </div>
      <form className="inline-form replay__jump" onSubmit={jump} noValidate>
        <FormField label="Hoppa till datum" hint="Det sista steget den dagen eller före." error={error}>
          {(control) => <input {...control} type="date" className="input" value={day} onChange={(e) => setDay(e.target.value)} />}
        </FormField>
        <Button type="submit" variant="secondary">
          Hoppa
        </Button>
      </form>
      <p className="replay__position">
        <strong>{where}</strong>
      </p>
      <ReplayStepView agreement={agreement} subject={subject} step={current} previous={at > 1 ? steps[at - 2]!.at(-1) : undefined} />
    </div>
  );
};
