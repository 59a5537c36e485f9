import { useState } from 'react';
import { Button, capitalise, STEP_LABEL, TextArea } from '../../ui';
import { FormActions, SelectField } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = 'to' | 'reason';

/**
 * Gå tillbaka: new information sends the work back to an earlier step, with the reason. Nothing
 * recorded is erased; going back is a new event. Offered when the agreement lets a coordinator do
 * it without a council decision (otherwise it is a proposal).
 */
export function StepBackForm({ onSaved }: { onSaved: (message: string) => void }) {
  const { stepBacks } = useFocusAreaPage();
  const [to, setTo] = useState(stepBacks.length === 1 ? stepBacks[0]!.to : '');
  const [reason, setReason] = useState('');
  const form = useFocusAreaForm<Field>({ namedFields: { skäl: 'reason' }, ruleFields: { StepBackTargetMustBeEarlier: 'to' } });
  const target = stepBacks.length === 1 ? stepBacks[0]!.to : stepBacks.find((s) => s.to === to)?.to;

  const check = (): FieldErrors<Field> => ({
    ...(target ? {} : { to: 'Välj vilket steg arbetet ska gå tillbaka till.' }),
    ...(reason.trim() === '' ? { reason: 'Skriv vilken ny information som gör att arbetet går tillbaka.' } : {}),
  });

  return (
    <form
      {...form.formProps({
        check,
        method: 'POST',
        path: '/step-back',
        body: () => ({ to: target, reason: reason.trim() }),
        onSuccess: () => {
          onSaved(`Fokusområdet har gått tillbaka till ${STEP_LABEL[target!]}.`);
          setReason('');
        },
      })}
      aria-label="Gå tillbaka till ett tidigare steg"
    >
      <p className="fap-form__intro">Det som redan är registrerat finns kvar; att gå tillbaka blir en ny händelse i historiken.</p>
      {stepBacks.length > 1 ? (
        <SelectField
          label="Gå tillbaka till"
          value={to}
          error={form.errors.to}
          onChange={form.onValue('to', setTo)}
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
        onChange={form.onText('reason', setReason)}
      />
      <FormFeedback feedback={form.problems} />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          {target ? `Gå tillbaka till ${STEP_LABEL[target]}` : 'Gå tillbaka'}
        </Button>
      </FormActions>
    </form>
  );
}
