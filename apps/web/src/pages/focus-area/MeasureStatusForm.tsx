import { useEffect, useId, useRef, useState } from 'react';
import { Button, TextArea } from '../../ui';
import { FormActions, RadioGroup } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { MEASURE_STATUSES, statusText } from './labels';
import type { Measure } from './types';
import { useCommandForm, type FieldErrors } from './useCommandForm';

type Field = 'status' | 'comment';

const NAMED: Readonly<Record<string, Field>> = { kommentar: 'comment' };

/** Follow-up of one measure: grön, gul, röd or klar, with an optional comment. */
export function MeasureStatusForm({ measure, onDone }: { measure: Measure; onDone: (saved: boolean) => void }) {
  const { send } = useFocusAreaPage();
  const [status, setStatus] = useState<string>(measure.status ?? '');
  const [comment, setComment] = useState(measure.statusComment ?? '');
  const form = useCommandForm<Field>({ namedFields: NAMED });
  const headingId = useId();
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => headingRef.current?.focus(), []);

  const check = (): FieldErrors<Field> => (status === '' ? { status: 'Välj åtgärdens status.' } : {});

  return (
    <form
      ref={form.formRef}
      noValidate
      className="fap-form"
      aria-labelledby={headingId}
      onSubmit={(event) =>
        void form.submit(
          event,
          check,
          () => send('PUT', `/measures/${measure.measureId}/status`, { status, ...(comment.trim() ? { comment: comment.trim() } : {}) }),
          'Statusen är sparad.',
          () => onDone(true),
        )
      }
    >
      <h4 id={headingId} ref={headingRef} className="fap-form__title" tabIndex={-1}>
        Följ upp åtgärden: {measure.activity}
      </h4>
      <RadioGroup
        legend="Status"
        value={status}
        error={form.errors.status}
        onChange={(value) => {
          setStatus(value);
          form.clearError('status');
        }}
        options={MEASURE_STATUSES.map((s) => ({ value: s, label: statusText(s) }))}
      />
      <TextArea label="Kommentar" hint="Frivilligt. Till exempel varför åtgärden riskerar att försenas." rows={2} maxLength={4000} value={comment} error={form.errors.comment ?? null} onChange={(e) => setComment(e.target.value)} />
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
