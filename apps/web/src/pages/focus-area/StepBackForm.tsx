import { useState } from 'react';
import { Button, capitalise, STEP_LABEL, TextArea } from '../../ui';
import { FormActions, SelectField } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useCommandForm, type FieldErrors } from './useCommandForm';

type Field = 'to' | 'reason';

/**
 * Gå tillbaka: new information sends the work back to an earlier step, with the reason. Nothing
 * recorded is erased; going back is a new event. Offered when the agreement lets a coordinator do
 * it without a council decision (otherwise it is a proposal).
 */
export function StepBackForm({ onSaved }: { onSaved: (message: string) => void }) {
  const { stepBacks, send } = useFocusAreaPage();
  const [to, setTo] = useState(stepBacks.length === 1 ? stepBacks[0]!.to : '');
  const [reason, setReason] = useState('');
  const form = useCommandForm<Field>({ namedFields: { skäl: 'reason' }, ruleFields: { ReasonRequired: 'reason', StepBackTargetMustBeEarlier: 'to' } });
  const target = stepBacks.length === 1 ? stepBacks[0]!.to : stepBacks.find((s) => s.to === to)?.to;

  const check = (): FieldErrors<Field> => ({
    ...(target ? {} : { to: 'Välj vilket steg arbetet ska gå tillbaka till.' }),
    ...(reason.trim() === '' ? { reason: 'Skriv vilken ny information som gör att arbetet går tillbaka.' } : {}),
  });

  return (
    <form
      ref={form.formRef}
      noValidate
      className="fap-form"
      aria-label="Gå tillbaka till ett tidigare steg"
      onSubmit={(event) =>
        void form.submit(event, check, () => send('POST', '/step-back', { to: target, reason: reason.trim() }), '', () => {
          onSaved(`Fokusområdet har gått tillbaka till ${STEP_LABEL[target!]}.`);
          setReason('');
        })
      }
    >
      <p className="fap-form__intro">Det som redan är registrerat finns kvar; att gå tillbaka blir en ny händelse i historiken.</p>
      {stepBacks.length > 1 ? (
        <SelectField
          label="Gå tillbaka till"
          value={to}
          error={form.errors.to}
          onChange={(value) => {
            setTo(value);
            form.clearError('to');
          }}
          options={stepBacks.map((s) => ({ value: s.to, label: capitalise(STEP_LABEL[s.to]) }))}
        />
      ) : (
        <p>
          Går tillbaka till <strong>{STEP_LABEL[stepBacks[0]!.to]}</strong>.
        </p>
      )}
      <TextArea
        label="Anledning"
        hint="Vilken ny information eller vilka nya omständigheter gör att arbetet ska göras om?"
        required
        rows={3}
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
        <Button type="submit" busy={form.busy}>
          {target ? `Gå tillbaka till ${STEP_LABEL[target]}` : 'Gå tillbaka'}
        </Button>
      </FormActions>
    </form>
  );
}
