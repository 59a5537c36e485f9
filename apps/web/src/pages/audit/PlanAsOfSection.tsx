import { useEffect, useId, useState, type FormEvent } from 'react';
import type { AgreementSummary } from '../../api/schema';
import { Button, FormField, formatCount, formatDateTime, QueryState, useAnnounce } from '../../ui';
import type { PlanAsOf } from '../../api/schema';
import { usePlanAsOf } from './audit-queries';
import { PlanAt } from './PlanAt';

const pad = (n: number) => String(n).padStart(2, '0');

/** A moment as a datetime-local input shows it: the browser's local time, to the second. */
export const localDateTimeValue = (date: Date): string =>
  `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;

/** The input's local time as an instant, at the end of the minute or second given, so what happened in it is included. */
const instantOf = (value: string): string | null => {
  const withSeconds = /T\d{2}:\d{2}$/.test(value) ? `${value}:59` : value;
  const date = new Date(`${withSeconds}.999`);
  return Number.isNaN(date.getTime()) ? null : date.toISOString();
};

/** The seconds of an instant (the same in every time zone): the plan is asked for to the second, so its heading says which. */
const secondsOf = (instant: string): string => pad(new Date(instant).getUTCSeconds());

/** "den 30 juni 2024 kl. 12:00:59": the moment a plan is shown at. */
export const momentText = (instant: string): string => `den ${formatDateTime(instant)}:${secondsOf(instant)}`;

/** The plan at the moment asked for; its heading is announced, so a screen reader hears it arrive. */
const PlanResult = ({ plan }: { plan: PlanAsOf }) => {
  const announce = useAnnounce();
  const heading = plan.beforeLogBegan
    ? `Planen ${momentText(plan.at)}: loggen hade inte börjat`
    : `Planen ${momentText(plan.at)}: ${formatCount(plan.board.length, 'fokusområde', 'fokusområden')}`;
  useEffect(() => announce(`${heading}.`), [announce, heading]);
  return (
    <>
      <h3 className="plan-as-of__title">{heading}</h3>
      <PlanAt plan={plan} />
    </>
  );
};

/** Granskning, second part: the whole plan exactly as it stood at a chosen date and time. */
export const PlanAsOfSection = ({ agreement }: { agreement: AgreementSummary }) => {
  const [value, setValue] = useState(() => localDateTimeValue(new Date()));
  const [asOf, setAsOf] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const plan = usePlanAsOf(agreement.agreementId, asOf);
  const resultId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const instant = instantOf(value);
    if (!instant) {
      setError('Ange datum och klockslag, till exempel 2024-06-30 12:00.');
      return;
    }
    setError(null);
    setAsOf(instant);
  };

  return (
    <section className="audit-section" aria-labelledby="planen">
      <h2 id="planen" tabIndex={-1}>
        Planen vid en tidpunkt
      </h2>
      <p>
        Se hela planen som den såg ut vid ett tillfälle: varje fokusområdes steg och cykel, källor, orsaker, mål med mätningar, handlingsplan,
        barnkonsekvensanalys, utfall, rådets beslut och förslag som väntade.
      </p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <FormField label="Datum och klockslag" hint="Svensk tid. Allt som registrerades till och med den sekunden räknas med." error={error} required>
          {(control) => <input {...control} type="datetime-local" step={1} className="input" value={value} onChange={(e) => setValue(e.target.value)} />}
        </FormField>
        <Button type="submit" aria-controls={resultId}>
          Visa planen
        </Button>
      </form>

      <div id={resultId} className="plan-as-of">
        {asOf === null ? null : (
          <QueryState query={plan} loading="Hämtar planen…" errorTitle="Planen kunde inte hämtas">
            {(data) => <PlanResult plan={data} />}
          </QueryState>
        )}
      </div>
    </section>
  );
};
