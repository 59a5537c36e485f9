import { isIsoDate } from '@samverkan/dates';
import { useState } from 'react';
import type { Goal } from '../../api/schema';
import { Button, TextField } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { parseDecimal } from './labels';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = 'measuredOn' | 'value' | 'comment';

/**
 * One follow-up of a goal's indicator: the day and the value measured, or an empty value for a
 * follow-up planned on that day ("ej mätt ännu"). The server judges that a value is not from the future.
 */
export function IndicatorMeasurementForm({ goal }: { goal: Goal }) {
  const empty = { measuredOn: '', value: '', comment: '' };
  const [values, setValues] = useState<Record<Field, string>>(empty);
  const form = useFocusAreaForm<Field>();
  const set = (field: Field) => form.onText(field, (value) => setValues({ ...values, [field]: value }));

  const check = (): FieldErrors<Field> => ({
    ...(!isIsoDate(values.measuredOn) ? { measuredOn: 'Ange mätdatum, ÅÅÅÅ-MM-DD.' } : {}),
    ...(values.value.trim() && parseDecimal(values.value) === null ? { value: 'Skriv värdet som ett tal, till exempel 1,7, eller lämna tomt.' } : {}),
  });

  return (
    <form
      {...form.formProps({
        check,
        method: 'POST',
        path: `/goals/${goal.goalId}/measurements`,
        body: () => ({
          measuredOn: values.measuredOn,
          value: parseDecimal(values.value),
          ...(values.comment.trim() ? { comment: values.comment.trim() } : {}),
        }),
        success: 'Mätningen är registrerad.',
        onSuccess: () => setValues(empty),
      })}
      aria-label={`Registrera en mätning för målet ${goal.description}`}
    >
      <div className="fap-form__row">
        <TextField label="Mätdatum" type="date" required value={values.measuredOn} error={form.errors.measuredOn ?? null} onChange={set('measuredOn')} />
        <TextField
          label="Uppmätt värde"
          hint="Ett tal, till exempel 1,7. Lämna tomt för en planerad mätning (ej mätt ännu)."
          inputMode="decimal"
          autoComplete="off"
          value={values.value}
          error={form.errors.value ?? null}
          onChange={set('value')}
        />
      </div>
      <TextField
        label="Kommentar"
        maxLength={4000}
        autoComplete="off"
        value={values.comment}
        error={form.errors.comment ?? null}
        onChange={set('comment')}
      />
      <FormFeedback feedback={form.feedback} />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          Registrera mätningen
        </Button>
      </FormActions>
    </form>
  );
}
