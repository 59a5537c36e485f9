import { useEffect, useId, useRef, useState } from 'react';
import { Button, formatDate, TextArea, TextField } from '../../ui';
import { CheckboxGroup } from './CheckboxGroup';
import { FormActions, SelectField } from './fields';
import { FormFeedback } from './FormFeedback';
import { isIsoDate } from '@samverkan/dates';
import { decimalText, parseDecimal } from './labels';
import type { Goal } from '../../api/schema';
import { useFocusAreaPage } from './FocusAreaContext';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = 'description' | 'indicator' | 'baseline' | 'target' | 'targetDate' | 'followUpMethod' | 'baselineDueBy';
type Values = Record<Field, string>;

const valuesOf = (goal: Goal | undefined): Values => ({
  description: goal?.description ?? '',
  indicator: goal?.indicator ?? '',
  baseline: decimalText(goal?.baseline),
  target: decimalText(goal?.target),
  targetDate: goal?.targetDate ?? '',
  followUpMethod: goal?.followUpMethod ?? '',
  baselineDueBy: goal?.baselineDueBy ?? '',
});

const NUMBER_HINT = 'Ett tal, till exempel 2,4.';

/**
 * A goal of the action plan (mål), new or revised. SMART once complete: the measurable parts may
 * come later, but a measure is decided only when its goal has indicator, utgångsvärde, målvärde,
 * måldatum and uppföljningsmetod.
 */
export function GoalForm({ goal, onDone }: { goal?: Goal; onDone?: (saved: boolean) => void }) {
  const [values, setValues] = useState<Values>(() => valuesOf(goal));
  const [measureIds, setMeasureIds] = useState<string[]>([]);
  const [overallGoalId, setOverallGoalId] = useState(goal?.overallGoalId ?? '');
  const form = useFocusAreaForm<Field>();
  const { response, agreement } = useFocusAreaPage();
  const period = agreement?.agreement.period;
  const overallGoals = agreement?.overallGoals ?? [];
  // Brå's order: measures planned before their goal wait for it, and are linked here.
  const waiting = response.focusArea.work.measures.filter((m) => m.goalId === undefined);
  // Where the agreement lets a baseline follow, a date it will be measured by may stand in for it.
  const baselineMayFollow = response.focusArea.policy.baselineMayFollow === true;
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened to revise a goal: focus goes to the form, which appears below the button that opened it.
  useEffect(() => {
    if (goal) headingRef.current?.focus();
  }, []);
  const set = (field: Field) => form.onText(field, (value) => setValues({ ...values, [field]: value }));

  const check = (): FieldErrors<Field> => ({
    ...(values.description.trim() === '' ? { description: 'Beskriv vad målet är.' } : {}),
    ...(values.baseline.trim() && parseDecimal(values.baseline) === null ? { baseline: `Skriv utgångsvärdet som ett tal. ${NUMBER_HINT}` } : {}),
    ...(values.target.trim() && parseDecimal(values.target) === null ? { target: `Skriv målvärdet som ett tal. ${NUMBER_HINT}` } : {}),
    ...(values.targetDate && !isIsoDate(values.targetDate) ? { targetDate: 'Ange måldatum som ett datum, ÅÅÅÅ-MM-DD.' } : {}),
    ...(isIsoDate(values.targetDate) && period && (values.targetDate < period.from || values.targetDate > period.to)
      ? { targetDate: `Måldatum måste ligga inom överenskommelsens period, ${formatDate(period.from)} – ${formatDate(period.to)}.` }
      : {}),
    ...(values.baselineDueBy && !isIsoDate(values.baselineDueBy) ? { baselineDueBy: 'Ange datumet som ÅÅÅÅ-MM-DD.' } : {}),
  });

  const body = () => {
    const baseline = parseDecimal(values.baseline);
    const target = parseDecimal(values.target);
    return {
      description: values.description.trim(),
      ...(values.indicator.trim() ? { indicator: values.indicator.trim() } : {}),
      ...(baseline !== null ? { baseline } : {}),
      ...(target !== null ? { target } : {}),
      ...(values.targetDate ? { targetDate: values.targetDate } : {}),
      ...(values.followUpMethod.trim() ? { followUpMethod: values.followUpMethod.trim() } : {}),
      ...(baselineMayFollow && baseline === null && values.baselineDueBy ? { baselineDueBy: values.baselineDueBy } : {}),
      ...(overallGoalId ? { overallGoalId } : {}),
      ...(measureIds.length > 0 ? { measureIds } : {}),
    };
  };

  return (
    <form
      {...form.formProps({
        check,
        ...(goal ? { method: 'PUT', path: `/goals/${goal.goalId}` } : { method: 'POST', path: '/goals' }),
        body,
        success: goal ? 'Målet är ändrat.' : 'Målet är tillagt.',
        onSuccess: () => {
          if (!goal) setValues(valuesOf(undefined));
          setMeasureIds([]);
          if (!goal) setOverallGoalId('');
          onDone?.(true);
        },
      })}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} ref={headingRef} className="fap-form__title" tabIndex={-1}>
        {goal ? `Ändra målet: ${goal.description}` : 'Lägg till ett mål'}
      </h4>
      <p className="fap-form__intro">
        Ett SMART mål är specifikt, mätbart, accepterat, realistiskt och tidsatt. Indikator, utgångsvärde, målvärde, måldatum och uppföljningsmetod kan
        fyllas i senare, men måste finnas innan åtgärderna beslutas.
      </p>
      <TextArea
        label="Mål"
        required
        rows={2}
        maxLength={4000}
        value={values.description}
        error={form.errors.description ?? null}
        onChange={set('description')}
      />
      <TextField
        label="Indikator"
        hint="Vad som mäts, till exempel problemindex för otrygghet kvällstid i trygghetsmätningen."
        maxLength={200}
        autoComplete="off"
        value={values.indicator}
        error={form.errors.indicator ?? null}
        onChange={set('indicator')}
      />
      <div className="fap-form__row">
        <TextField
          label="Utgångsvärde"
          hint={NUMBER_HINT}
          inputMode="decimal"
          autoComplete="off"
          value={values.baseline}
          error={form.errors.baseline ?? null}
          onChange={set('baseline')}
        />
        <TextField
          label="Målvärde"
          hint={NUMBER_HINT}
          inputMode="decimal"
          autoComplete="off"
          value={values.target}
          error={form.errors.target ?? null}
          onChange={set('target')}
        />
        <TextField
          label="Måldatum"
          type="date"
          hint={period ? `Inom överenskommelsens period, ${formatDate(period.from)} – ${formatDate(period.to)}.` : undefined}
          value={values.targetDate}
          error={form.errors.targetDate ?? null}
          onChange={set('targetDate')}
        />
      </div>
      {baselineMayFollow ? (
        <TextField
          label="Utgångsvärdet mäts senast"
          hint="Om utgångsvärdet inte är mätt ännu: när det ska vara mätt. Överenskommelsen tillåter att det mäts senare, men innan utvärderingen."
          type="date"
          value={values.baselineDueBy}
          error={form.errors.baselineDueBy ?? null}
          onChange={set('baselineDueBy')}
        />
      ) : null}
      <TextArea
        label="Uppföljningsmetod"
        hint="Hur och hur ofta målet följs upp, till exempel trygghetsmätningen, årligen."
        rows={2}
        maxLength={4000}
        value={values.followUpMethod}
        error={form.errors.followUpMethod ?? null}
        onChange={set('followUpMethod')}
      />
      {overallGoals.length > 0 ? (
        <SelectField
          label="Bidrar till övergripande mål"
          hint="Överenskommelsens gemensamma mål som flera fokusområden kan bidra till."
          required={false}
          placeholder="Inget övergripande mål"
          value={overallGoalId}
          onChange={setOverallGoalId}
          options={overallGoals.map((o) => ({ value: o.overallGoalId, label: o.description }))}
        />
      ) : null}
      {waiting.length > 0 ? (
        <CheckboxGroup
          legend="Koppla åtgärder till målet"
          hint="Åtgärder som har planerats men ännu inte har något mål."
          values={measureIds}
          onChange={setMeasureIds}
          options={waiting.map((m) => ({ value: m.measureId, label: m.activity }))}
        />
      ) : null}
      <FormFeedback feedback={form.feedback} />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          {goal ? 'Spara målet' : 'Lägg till målet'}
        </Button>
        {goal && onDone ? (
          <Button variant="secondary" onClick={() => onDone(false)}>
            Avbryt
          </Button>
        ) : null}
      </FormActions>
    </form>
  );
}
