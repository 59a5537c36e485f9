import { useEffect, useId, useRef, useState } from 'react';
import { Button, TextArea } from '../../ui';
import { FormActions, RadioGroup } from './fields';
import { FormFeedback } from './FormFeedback';
import { MEASURE_STATUSES, statusText } from './labels';
import type { Measure } from '../../api/schema';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = 'status' | 'comment';

/** Follow-up of one measure: grön, gul, röd or klar, with an optional comment. */
export function MeasureStatusForm({ measure, onDone }: { measure: Measure; onDone: (saved: boolean) => void }) {
  const [status, setStatus] = useState<string>(measure.status ?? '');
  const [comment, setComment] = useState(measure.statusComment ?? '');
  const form = useFocusAreaForm<Field>();
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const check = (): FieldErrors<Field> => (status === '' ? { status: 'Välj åtgärdens status.' } : {});

  return (
    <form
      {...form.formProps({
        check,
        method: 'PUT',
        path: `/measures/${measure.measureId}/status`,
        body: () => ({ status, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
        success: 'Statusen är sparad.',
        onSuccess: () => onDone(true),
      })}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} ref={headingRef} className="fap-form__title" tabIndex={-1}>
        Följ upp åtgärden: {measure.activity}
      </h4>
      <RadioGroup
        legend="Status"
        value={status}
        error={form.errors.status}
        onChange={form.onValue('status', setStatus)}
        options={MEASURE_STATUSES.map((s) => ({ value: s, label: statusText(s) }))}
      />
      <TextArea
        label="Kommentar"
        hint="Frivilligt. Till exempel varför åtgärden riskerar att försenas."
        rows={2}
        maxLength={4000}
        value={comment}
        error={form.errors.comment ?? null}
        onChange={(e) => setComment(e.target.value)}
      />
      <FormFeedback feedback={form.feedback} />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          Spara statusen
        </Button>
        <Button variant="secondary" onClick={() => onDone(false)}>
          Avbryt
        </Button>
      </FormActions>
    </form>
  );
}
