import { useId, useState } from 'react';
import type { CycleWork } from '../../api/schema';
import { Button, formatDate, MEASURE_STATUS_LABEL } from '../../ui';
import {
  causesComingAlong,
  defaultChoice,
  measuresMissingTheirGoal,
  toggled,
  unfinishedMeasures,
  withMeasure,
  type CarryChoice,
} from './carry-forward-choice';
import { Choice, Choices, type CarryField } from './CarryChoices';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = CarryField;

/** Keep or drop each unfinished measure, goal and source of the cycle just ended; one submit. */
export function CarryForwardForm({
  from,
  fromCycle,
  cycle,
  onSaved,
}: {
  from: CycleWork;
  fromCycle: number;
  cycle: number;
  onSaved: (message: string) => void;
}) {
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
      goalIds: `Åtgärden ”${first.activity}” hör till målet ”${goalOf(first.goalId)?.description ?? ''}”. Välj målet också, eller släpp åtgärden.`,
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
