import { useState } from 'react';
import { Button, TextField } from '../../ui';
import type { Goal } from '../../api/schema';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { parseDecimal } from './labels';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

/** The measured baseline of a goal that was set with "utgångsvärdet mäts senast …". */
export function GoalBaselineForm({ goal }: { goal: Goal }) {
  const [baseline, setBaseline] = useState('');
  const form = useFocusAreaForm<'baseline'>();
  const check = (): FieldErrors<'baseline'> =>
    parseDecimal(baseline) === null ? { baseline: 'Skriv det uppmätta utgångsvärdet som ett tal, till exempel 2,4.' } : {};
  return (
    <form
      {...form.formProps({
        check,
        method: 'PUT',
        path: `/goals/${goal.goalId}/baseline`,
        body: () => ({ baseline: parseDecimal(baseline) }),
        success: 'Utgångsvärdet är registrerat.',
        onSuccess: () => setBaseline(''),
      })}
      aria-label={`Registrera uppmätt utgångsvärde för ${goal.description}`}
    >
      <TextField
        label="Uppmätt utgångsvärde"
        inputMode="decimal"
        autoComplete="off"
        required
        value={baseline}
        error={form.errors.baseline ?? null}
        onChange={form.onText('baseline', setBaseline)}
      />
      <FormFeedback feedback={form.feedback} />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          Registrera utgångsvärdet
        </Button>
      </FormActions>
    </form>
  );
}
