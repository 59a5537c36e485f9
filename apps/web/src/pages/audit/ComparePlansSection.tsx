import { isIsoDate } from '@samverkan/dates';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import type { AgreementSummary, PlanChange } from '../../api/schema';
import { Button, FormField, formatCount, formatDate, QueryState, useAnnounce } from '../../ui';
import { ChangesList } from './ChangesList';
import { usePlansCompared } from './audit-queries';
import { PlanAt } from './PlanAt';
import type { PlanAsOf } from '../../api/schema';

const pad = (n: number) => String(n).padStart(2, '0');
const dayValue = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

/** Each focus area's changes counted, to mark its card in the later plan. */
const changedTextOf = (changes: readonly PlanChange[]) => {
  const counts = new Map<string, number>();
  for (const c of changes) if (c.focusAreaId) counts.set(c.focusAreaId, (counts.get(c.focusAreaId) ?? 0) + 1);
  return (focusAreaId: string): string | undefined => {
    const count = counts.get(focusAreaId);
    return count ? `Ändrat sedan den första tidpunkten: ${formatCount(count, 'ändring', 'ändringar')}` : undefined;
  };
};

const Column = ({ title, plan, changedText }: { title: string; plan: PlanAsOf; changedText?: (id: string) => string | undefined }) => (
  <section className="compare__column" aria-label={title}>
    <h3 className="compare__title">{title}</h3>
    <PlanAt plan={plan} changedText={changedText} />
  </section>
);

interface Result {
  readonly before: PlanAsOf;
  readonly after: PlanAsOf;
  readonly changes: readonly PlanChange[];
}

const Compared = ({ result, days }: { result: Result; days: { before: string; after: string } }) => {
  const announce = useAnnounce();
  const heading = `${formatCount(result.changes.length, 'ändring', 'ändringar')} mellan ${formatDate(days.before)} och ${formatDate(days.after)}`;
  useEffect(() => announce(`${heading}.`), [announce, heading]);
  return (
    <div className="compare">
      <div className="changes">
        <h3 className="changes__title">{heading}</h3>
        {result.changes.length === 0 ? <p>Planen var densamma vid båda tidpunkterna.</p> : <ChangesList changes={result.changes} />}
      </div>
      <div className="compare__columns">
        <Column title={`Planen ${formatDate(days.before)}`} plan={result.before} />
        <Column title={`Planen ${formatDate(days.after)}`} plan={result.after} changedText={changedTextOf(result.changes)} />
      </div>
    </div>
  );
};

/**
 * Granskning, third part: the plan at two days side by side (each at the day's end, Swedish time),
 * what changed between them listed and the changed focus areas marked. The days live in the
 * address (?fore=…&efter=…), so a comparison can be sent on and the back button returns to it.
 */
export const ComparePlansSection = ({ agreement }: { agreement: AgreementSummary }) => {
  const [params, setParams] = useSearchParams();
  const shown = { before: params.get('fore') ?? '', after: params.get('efter') ?? '' };
  const valid = isIsoDate(shown.before) && isIsoDate(shown.after) && shown.before < shown.after;
  const [before, setBefore] = useState(() => shown.before || dayValue(new Date(Date.now() - 30 * 86_400_000)));
  const [after, setAfter] = useState(() => shown.after || dayValue(new Date()));
  const [error, setError] = useState<string | null>(null);
  const compared = usePlansCompared(agreement.agreementId, valid ? shown : null);

  // The days go into the address, and a new address moves focus to the page's heading: the control
  // that asked gets it back, so a keyboard user stays where they were and hears the answer arrive.
  const asker = useRef<HTMLElement | null>(null);
  useEffect(() => {
    const control = asker.current;
    asker.current = null;
    if (!control || !shown.before) return;
    const timer = window.setTimeout(() => control.isConnected && control.focus(), 0);
    return () => window.clearTimeout(timer);
  }, [shown.before, shown.after]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!isIsoDate(before) || !isIsoDate(after)) return setError('Ange två datum, till exempel 2025-01-01 och 2025-06-30.');
    if (before >= after) return setError('Den andra tidpunkten måste vara senare än den första.');
    setError(null);
    asker.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setParams((current) => {
      const next = new URLSearchParams(current);
      next.set('fore', before);
      next.set('efter', after);
      return next;
    });
  };

  return (
    <section className="audit-section" aria-labelledby="jamfor">
      <h2 id="jamfor" tabIndex={-1}>
        Jämför två tidpunkter
      </h2>
      <p>
        Planen vid den första dagens slut bredvid planen vid den andra dagens slut, med det som ändrades däremellan. Det som ändrades och ändrades tillbaka
        däremellan syns i händelserna ovan och i uppspelningen nedan.
      </p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <fieldset className="inline-form__group">
          <legend>Tidpunkter</legend>
          <FormField label="Första dagen" error={error} required>
            {(control) => <input {...control} type="date" className="input" value={before} onChange={(e) => setBefore(e.target.value)} />}
          </FormField>
          <FormField label="Andra dagen" required>
            {(control) => <input {...control} type="date" className="input" value={after} onChange={(e) => setAfter(e.target.value)} />}
          </FormField>
        </fieldset>
        <Button type="submit">Jämför</Button>
      </form>
      {valid ? (
        <QueryState query={compared} loading="Jämför planerna…" errorTitle="Planerna kunde inte jämföras">
          {(data) => <Compared result={data} days={shown} />}
        </QueryState>
      ) : null}
    </section>
  );
};
