import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { CycleWork } from '../../api/schema';
import { Button, formatDate, MEASURE_STATUS_LABEL, useAnnounce } from '../../ui';
import {
  causesComingAlong,
  defaultChoice,
  measuresMissingTheirGoal,
  toggled,
  unfinishedMeasures,
  withMeasure,
  type CarryChoice,
} from './carry-forward-choice';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';
import './carry-forward.css';

/**
 * "För vidare från cykel N": in a new cycle, the coordinator keeps or drops each unfinished
 * measure, goal and source of the cycle just ended, once; afterwards, while the cycle is in
 * mapping, the panel tells what was kept. Shown first on the page: the first thing a new cycle asks.
 */
export function CarryForwardPanel() {
  const { response, mayRecord } = useFocusAreaPage();
  const view = response.focusArea;
  const headingId = useId();
  const carried = view.work.carriedForward;
  const fromCycle = carried?.fromCycle ?? view.cycle - 1;
  const from = view.previousCycles.find((p) => p.cycle === fromCycle)?.work;
  const offered = mayRecord && response.possibleCommands.some((c) => c.type === 'CarryWorkForward');
  // The form goes once it has been used: the summary that replaces it takes focus and says so.
  const [saved, setSaved] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const announce = useAnnounce();
  useEffect(() => {
    if (saved && carried) headingRef.current?.focus();
  }, [saved, carried]);
  // What was kept is told while the new cycle maps its problem; later the timeline and, once the cycle has ended, Tidigare cykler say it.
  if (!from || (!carried && !offered) || (carried && view.step !== 'mapping')) return null;
  const onSaved = (message: string) => {
    setSaved(message);
    announce(message);
  };
  return (
    <section className="fap-section fap-carry" aria-labelledby={headingId}>
      <h2 id={headingId} ref={headingRef} tabIndex={-1}>
        {carried ? `Fört vidare från cykel ${fromCycle}` : `För vidare från cykel ${fromCycle}`}
      </h2>
      {carried ? (
        <>
          {saved ? <p className="notice notice--success">{saved}</p> : null}
          <CarriedSummary from={from} carried={carried} />
        </>
      ) : (
        <CarryForwardForm from={from} fromCycle={fromCycle} cycle={view.cycle} onSaved={onSaved} />
      )}
    </section>
  );
}

function CarriedSummary({ from, carried }: { from: CycleWork; carried: NonNullable<CycleWork['carriedForward']> }) {
  const measures = from.measures.filter((m) => carried.measureIds.includes(m.measureId));
  const goals = from.goals.filter((g) => carried.goalIds.includes(g.goalId));
  const sources = from.sources.filter((s) => carried.sourceIds.includes(s.sourceId));
  const causes = from.causes.filter((c) => carried.causeIds.includes(c.causeId));
  if (measures.length + goals.length + sources.length + causes.length === 0)
    return <p className="fap-hint">Inget fördes vidare: cykeln började från början. Allt finns kvar att läsa under Tidigare cykler.</p>;
  return (
    <>
      <p className="fap-hint">Det här fördes vidare och finns nu i cykeln, med sin status. Det som inte valdes finns kvar under Tidigare cykler.</p>
      <dl className="fap-facts fap-carry__summary">
        <Kept label="Åtgärder" items={measures.map((m) => m.activity)} />
        <Kept label="Mål" items={goals.map((g) => g.description)} />
        <Kept label="Orsaker" items={causes.map((c) => c.description)} />
        <Kept label="Källor" items={sources.map((s) => s.title)} />
      </dl>
    </>
  );
}

const Kept = ({ label, items }: { label: string; items: readonly string[] }) => (
  <div className="fap-facts__row">
    <dt>{label}</dt>
    <dd>
      {items.length === 0 ? (
        'Inga'
      ) : (
        <ul className="fap-carry__kept">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </dd>
  </div>
);

type Field = 'measureIds' | 'goalIds' | 'sourceIds';

function CarryForwardForm({ from, fromCycle, cycle, onSaved }: { from: CycleWork; fromCycle: number; cycle: number; onSaved: (message: string) => void }) {
  const [choice, setChoice] = useState<CarryChoice>(() => defaultChoice(from));
  const form = useFocusAreaForm<Field>();
  const measures = unfinishedMeasures(from);
  const done = from.measures.length - measures.length;
  const goalOf = (goalId: string | undefined) => from.goals.find((g) => g.goalId === goalId);
  const update = (field: Field, next: CarryChoice) => {
    setChoice(next);
    form.clearError(field);
    if (field === 'measureIds') form.clearError('goalIds');
  };

  const check = (): FieldErrors<Field> => {
    const orphans = measuresMissingTheirGoal(choice, from);
    if (orphans.length === 0) return {};
    const first = orphans[0]!;
    return {
      goalIds: `Åtgärden "${first.activity}" hör till målet "${goalOf(first.goalId)?.description ?? ''}". Välj målet också, eller släpp åtgärden.`,
    };
  };
  const coming = causesComingAlong(choice, from);
  const introId = useId();

  return (
    <form
      {...form.formProps({
        check,
        method: 'POST',
        path: '/carried-work',
        body: () => ({ fromCycle, sourceIds: choice.sourceIds, causeIds: [], goalIds: choice.goalIds, measureIds: choice.measureIds }),
        onSuccess: () => onSaved(`Arbetet från cykel ${fromCycle} är fört vidare till cykel ${cycle}.`),
      })}
      aria-describedby={introId}
    >
      <p id={introId} className="fap-hint">
        Cykel {cycle} har börjat. Välj vad som ska följa med från cykel {fromCycle}: det du väljer behåller sin status och sin historik, det du inte väljer
        finns kvar att läsa under Tidigare cykler. Valet görs en gång.
      </p>
      <Choices
        legend="Ofärdiga åtgärder"
        field="measureIds"
        error={form.errors.measureIds}
        count={measures.length}
        empty="Cykeln lämnade inga ofärdiga åtgärder."
      >
        {measures.map((m) => (
          <Choice
            key={m.measureId}
            checked={choice.measureIds.includes(m.measureId)}
            onChange={(kept) => update('measureIds', withMeasure(choice, from, m.measureId, kept))}
            label={m.activity}
            detail={`${MEASURE_STATUS_LABEL[m.status ?? 'notFollowedUp']}, klar senast ${formatDate(m.dueDate)}${goalOf(m.goalId) ? `, mål: ${goalOf(m.goalId)?.description}` : ''}`}
            invalid={form.errors.measureIds !== undefined}
          />
        ))}
        {done > 0 ? (
          <p className="fap-carry__note">
            {done === 1 ? 'En genomförd åtgärd' : `${done} genomförda åtgärder`} stannar i cykel {fromCycle}.
          </p>
        ) : null}
      </Choices>
      <Choices legend="Mål" field="goalIds" error={form.errors.goalIds} count={from.goals.length} empty="Cykeln hade inga mål.">
        {from.goals.map((g) => (
          <Choice
            key={g.goalId}
            checked={choice.goalIds.includes(g.goalId)}
            onChange={(kept) => update('goalIds', { ...choice, goalIds: toggled(choice.goalIds, g.goalId, kept) })}
            label={g.description}
            detail={g.indicator ? `Indikator: ${g.indicator}` : undefined}
            invalid={form.errors.goalIds !== undefined}
          />
        ))}
      </Choices>
      <Choices legend="Källor" field="sourceIds" error={form.errors.sourceIds} count={from.sources.length} empty="Cykeln hade inga källor.">
        {from.sources.map((s) => (
          <Choice
            key={s.sourceId}
            checked={choice.sourceIds.includes(s.sourceId)}
            onChange={(kept) => update('sourceIds', { ...choice, sourceIds: toggled(choice.sourceIds, s.sourceId, kept) })}
            label={s.title}
            invalid={form.errors.sourceIds !== undefined}
          />
        ))}
      </Choices>
      <p className="fap-carry__note">
        {coming.length === 0
          ? 'Inga orsaker följer med.'
          : `Orsakerna som de valda åtgärderna riktar sig mot följer med: ${coming.map((c) => c.description).join('; ')}.`}
      </p>
      <FormFeedback feedback={form.feedback} />
      <div className="fap-form__actions">
        <Button type="submit" busy={form.busy}>
          För vidare till cykel {cycle}
        </Button>
      </div>
    </form>
  );
}

function Choices({
  legend,
  field,
  error,
  count,
  empty,
  children,
}: {
  legend: string;
  field: Field;
  error: string | undefined;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  const errorId = useId();
  const has = count > 0;
  return (
    <fieldset className="fap-fieldset fap-carry__group" aria-describedby={error ? errorId : undefined} data-field={field}>
      <legend>{legend}</legend>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {has ? null : <p className="fap-empty">{empty}</p>}
      {children}
    </fieldset>
  );
}

function Choice({
  checked,
  onChange,
  label,
  detail,
  invalid,
}: {
  checked: boolean;
  onChange: (kept: boolean) => void;
  label: string;
  detail?: string | undefined;
  invalid: boolean;
}) {
  const detailId = useId();
  return (
    <label className="fap-carry__choice">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={invalid || undefined}
        aria-describedby={detail ? detailId : undefined}
      />
      <span>
        <span className="fap-carry__label">{label}</span>
        {detail ? (
          <span id={detailId} className="fap-carry__detail">
            {detail}
          </span>
        ) : null}
      </span>
    </label>
  );
}
