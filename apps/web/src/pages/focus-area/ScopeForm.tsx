import { useState } from 'react';
import { Button, TextArea } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

/**
 * Whether the focus area concerns children and young people, said again with a reason: where the
 * agreement asks for a child impact assessment only there, this decides whether one is needed.
 */
export function ScopeForm({ onSaved }: { onSaved: (message: string) => void }) {
  const { response, can } = useFocusAreaPage();
  const concerns = response.focusArea.childrenAndYoungPeople;
  const [reason, setReason] = useState('');
  const form = useFocusAreaForm<'reason'>();
  if (!can('ChangeFocusAreaScope')) return null;
  const check = (): FieldErrors<'reason'> => (reason.trim() === '' ? { reason: 'Skriv varför det ändras.' } : {});
  const label = concerns ? 'Ange att fokusområdet inte särskilt gäller barn och unga' : 'Ange att fokusområdet särskilt gäller barn och unga';
  return (
    <details className="fap-disclosure">
      <summary>{label}</summary>
      <form
        {...form.formProps({
          check,
          method: 'PUT',
          path: '/scope',
          body: () => ({ childrenAndYoungPeople: !concerns, reason: reason.trim() }),
          onSuccess: () => {
            setReason('');
            onSaved(concerns ? 'Fokusområdet gäller inte längre särskilt barn och unga.' : 'Fokusområdet gäller nu särskilt barn och unga.');
          },
        })}
        aria-label={label}
      >
        <TextArea
          label="Varför?"
          hint="Syns i historiken. Avgör om en barnkonsekvensanalys krävs där överenskommelsen kräver den för barn och unga."
          required
          rows={2}
          maxLength={4000}
          value={reason}
          error={form.errors.reason ?? null}
          onChange={form.onText('reason', setReason)}
        />
        <FormFeedback feedback={form.problems} />
        <FormActions>
          <Button type="submit" variant="secondary" busy={form.busy}>
            Spara
          </Button>
        </FormActions>
      </form>
    </details>
  );
}
