import { useState } from 'react';
import { Button, TextArea } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useCommandForm, type FieldErrors } from './useCommandForm';

/** A command that only needs a reason: withdrawing a pending proposal, or the proposed focus area. */
export function ReasonForm({
  label,
  hint,
  path,
  submitLabel,
  missing,
  done,
  onSaved,
}: {
  label: string;
  hint: string;
  path: string;
  submitLabel: string;
  missing: string;
  done: string;
  onSaved: (message: string) => void;
}) {
  const { send } = useFocusAreaPage();
  const [reason, setReason] = useState('');
  const form = useCommandForm<'reason'>({ namedFields: { skäl: 'reason' }, ruleFields: { ReasonRequired: 'reason' } });
  const check = (): FieldErrors<'reason'> => (reason.trim() === '' ? { reason: missing } : {});
  return (
    <form
      ref={form.formRef}
      noValidate
      className="fap-form"
      aria-label={submitLabel}
      onSubmit={(event) =>
        void form.submit(event, check, () => send('POST', path, { reason: reason.trim() }), '', () => {
          onSaved(done);
          setReason('');
        })
      }
    >
      <TextArea
        label={label}
        hint={hint}
        required
        rows={2}
        maxLength={4000}
        value={reason}
        error={form.errors.reason ?? null}
        onChange={(e) => {
          setReason(e.target.value);
          form.clearError('reason');
        }}
      />
      <FormFeedback feedback={form.feedback?.kind === 'success' ? null : form.feedback} />
      <FormActions>
        <Button type="submit" variant="danger" busy={form.busy}>
          {submitLabel}
        </Button>
      </FormActions>
    </form>
  );
}
