import { useEffect, useId, useRef, useState } from 'react';
import { Button, TextArea, TextField } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { decimalText, parseDecimal } from './labels';
import type { Goal, GoalOutcome } from '../../api/schema';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = 'production' | 'process' | 'measuredValue' | 'comment';

/**
 * Brå's three follow-ups of one goal: produktion, process and effekt (the indicator measured now).
 * Once saved the form is done (`onDone(true)`): the section closes it and shows the saved outcome,
 * so the values are never on the page twice. A form changing a saved outcome can be cancelled.
 */
export function GoalOutcomeForm({ goal, outcome, onDone }: { goal: Goal; outcome: GoalOutcome | undefined; onDone: (saved: boolean) => void }) {
  const [production, setProduction] = useState(outcome?.production ?? '');
  const [process, setProcess] = useState(outcome?.process ?? '');
  const [measured, setMeasured] = useState(decimalText(outcome?.effect.measuredValue));
  const [comment, setComment] = useState(outcome?.effect.comment ?? '');
  const form = useFocusAreaForm<Field>({ apiFields: { 'effect.measuredValue': 'measuredValue', 'effect.comment': 'comment' } });
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  // Opened to change a saved outcome (by its button, which is gone now): focus moves into the form.
  const editing = outcome !== undefined;
  useEffect(() => {
    if (editing) headingRef.current?.focus();
  }, [editing]);

  const check = (): FieldErrors<Field> => ({
    ...(production.trim() === '' ? { production: 'Beskriv om åtgärderna genomfördes.' } : {}),
    ...(process.trim() === '' ? { process: 'Beskriv hur och varför det gick som det gick.' } : {}),
    ...(parseDecimal(measured) === null ? { measuredValue: 'Skriv det uppmätta värdet som ett tal, till exempel 2,0.' } : {}),
  });

  return (
    <form
      {...form.formProps({
        check,
        method: 'PUT',
        path: `/goals/${goal.goalId}/outcome`,
        body: () => ({
          production: production.trim(),
          process: process.trim(),
          effect: { measuredValue: parseDecimal(measured), ...(comment.trim() ? { comment: comment.trim() } : {}) },
        }),
        onSuccess: () => onDone(true),
      })}
      aria-labelledby={headingId}
    >
      <h5 id={headingId} ref={headingRef} className="fap-form__title" tabIndex={-1}>
        {outcome ? 'Ändra utfallet' : 'Registrera utfallet'}
      </h5>
      <TextArea
        label="Produktion: genomfördes åtgärderna?"
        required
        rows={2}
        maxLength={4000}
        value={production}
        error={form.errors.production ?? null}
        onChange={form.onText('production', setProduction)}
      />
      <TextArea
        label="Process: hur och varför gick det som det gick?"
        required
        rows={2}
        maxLength={4000}
        value={process}
        error={form.errors.process ?? null}
        onChange={form.onText('process', setProcess)}
      />
      <div className="fap-form__row">
        <TextField
          label="Effekt: uppmätt värde"
          hint={goal.indicator ? `${goal.indicator}, mätt nu. Ett tal, till exempel 2,0.` : 'Indikatorn mätt nu. Ett tal, till exempel 2,0.'}
          required
          inputMode="decimal"
          autoComplete="off"
          value={measured}
          error={form.errors.measuredValue ?? null}
          onChange={form.onText('measuredValue', setMeasured)}
        />
        <TextField
          label="Kommentar till effekten"
          hint="Frivilligt."
          maxLength={4000}
          autoComplete="off"
          value={comment}
          error={form.errors.comment ?? null}
          onChange={(e) => setComment(e.target.value)}
        />
      </div>
      <FormFeedback feedback={form.problems} part="problems" />
      <FormActions>
        <Button type="submit" busy={form.busy} aria-label={`Spara utfallet för målet ${goal.description}`}>
          Spara utfallet
        </Button>
        {outcome ? (
          <Button variant="secondary" onClick={() => onDone(false)} aria-label={`Avbryt, behåll utfallet för målet ${goal.description}`}>
            Avbryt
          </Button>
        ) : null}
      </FormActions>
    </form>
  );
}
