import { useEffect, useState, type FormEvent } from 'react';
import type { AgreementSummary } from '../../api/schema';
import { Button, FormField, formatCount, formatDate, QueryState, useAnnounce } from '../../ui';
import { changeKindLabel } from './audit-labels';
import { usePlanChanges } from './audit-queries';
import type { PlanChange } from '../../api/schema';

const pad = (n: number) => String(n).padStart(2, '0');
const dayValue = (date: Date): string => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;

interface Group {
  readonly key: string;
  readonly title: string;
  readonly changes: PlanChange[];
}

/** The agreement's own changes first, then each focus area's, in the order the API gives them. */
const grouped = (changes: readonly PlanChange[]): Group[] => {
  const groups = new Map<string, Group>();
  for (const change of changes) {
    const key = change.focusAreaId ?? '';
    const title = change.focusAreaTitle ?? 'Överenskommelsen';
    if (!groups.has(key)) groups.set(key, { key, title, changes: [] });
    groups.get(key)!.changes.push(change);
  }
  return [...groups.values()];
};

/** The changes by focus area; the count is announced, so a screen reader hears the answer arrive. */
const ChangesResult = ({ changes, range }: { changes: readonly PlanChange[]; range: { from: string; to: string } }) => {
  const announce = useAnnounce();
  const heading = `${formatCount(changes.length, 'ändring', 'ändringar')} från ${formatDate(range.from)} till ${formatDate(range.to)}`;
  useEffect(() => announce(`${heading}.`), [announce, heading]);
  return (
    <div className="changes">
      <h3 className="changes__title">{heading}</h3>
      {changes.length === 0 ? <p>Planen var densamma vid periodens slut som vid dess början.</p> : null}
      {grouped(changes).map((group) => (
        <div key={group.key} className="changes__group">
          <h4>{group.title}</h4>
          <ul className="changes__list">
            {group.changes.map((change, i) => (
              <li key={`${change.kind}-${change.subjectId ?? ''}-${i}`}>
                <span className="tag">
                  {changeKindLabel(change.kind)}
                  <span className="visually-hidden">: </span>
                </span>
                <span>
                  {change.description}
                  {change.cycle && change.cycle > 1 ? <span className="muted"> (cykel {change.cycle})</span> : null}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </div>
  );
};

/** Granskning, third part: what changed in the plan between two days (both included). */
export const PlanChangesSection = ({ agreement }: { agreement: AgreementSummary }) => {
  const [from, setFrom] = useState(() => dayValue(new Date(Date.now() - 30 * 86_400_000)));
  const [to, setTo] = useState(() => dayValue(new Date()));
  const [range, setRange] = useState<{ from: string; to: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const changes = usePlanChanges(agreement.agreementId, range);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!from || !to) return setError('Ange både från- och till-datum.');
    if (from > to) return setError('Till-datumet måste vara samma dag som eller senare än från-datumet.');
    setError(null);
    setRange({ from, to });
  };

  return (
    <section className="audit-section" aria-labelledby="andringar">
      <h2 id="andringar" tabIndex={-1}>
        Vad ändrades mellan två datum
      </h2>
      <p>
        Planen den första dagens början jämförs med planen vid den sista dagens slut. Det som ändrades och ändrades tillbaka däremellan syns i händelserna
        ovan.
      </p>
      <form className="inline-form" onSubmit={submit} noValidate>
        <fieldset className="inline-form__group">
          <legend>Period</legend>
          <FormField label="Från och med" error={error} required>
            {(control) => <input {...control} type="date" className="input" value={from} onChange={(e) => setFrom(e.target.value)} />}
          </FormField>
          <FormField label="Till och med" required>
            {(control) => <input {...control} type="date" className="input" value={to} onChange={(e) => setTo(e.target.value)} />}
          </FormField>
        </fieldset>
        <Button type="submit">Visa ändringar</Button>
      </form>

      {range === null ? null : (
        <QueryState query={changes} loading="Jämför planerna…" errorTitle="Ändringarna kunde inte hämtas">
          {(data) => <ChangesResult changes={data.changes} range={range} />}
        </QueryState>
      )}
    </section>
  );
};
