import { useState } from 'react';
import { Button, TextArea } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

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
  const [reason, setReason] = useState('');
  const form = useFocusAreaForm<'reason'>({ namedFields: { skäl: 'reason' } });
  const check = (): FieldErrors<'reason'> => (reason.trim() === '' ? { reason: missing } : {});
  return (
    <form
      {...form.formProps({
        check,
        method: 'POST',
        path,
        body: () => ({ reason: reason.trim() }),
        onSuccess: () => {
          onSaved(done);
          setReason('');
        },
      })}
      aria-label={submitLabel}
    >
      <TextArea
        label={label}
        hint={hint}
        required
        rows={2}
        maxLength={4000}
        value={reason}
        error={form.errors.reason ?? null}
        onChange={form.onText('reason', setReason)}
      />
      <FormFeedback feedback={form.problems} />
      <FormActions>
        <Button type="submit" variant="danger" busy={form.busy}>
          {submitLabel}
        </Button>
      </FormActions>
    </form>
  );
}
