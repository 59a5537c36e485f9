import { useId, useState } from 'react';
import { CAUSE_FACTORS } from '../../api/schema';
import { Button, CAUSE_FACTOR_LABEL, TextArea } from '../../ui';
import { FormActions, SelectField } from './fields';
import { AddFormToggle } from './AddFormToggle';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { RemoveButton } from './RemoveButton';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';
import { useRemoval } from './useRemoval';

const FACTORS = CAUSE_FACTORS;

/** Analys: the contributing causes (orsaker), each with its kind of factor in Swedish. */
export function CausesSection() {
  const { response, can } = useFocusAreaPage();
  const { causes, measures } = response.focusArea.work;
  const removal = useRemoval();
  const headingId = useId();
  return (
    <section className="fap-subsection" aria-labelledby={headingId}>
      <h3 id={headingId} ref={removal.headingRef} tabIndex={-1}>
        Orsaker
      </h3>
      {causes.length === 0 ? (
        <p className="fap-empty">Inga orsaker är identifierade ännu. Analysen behöver minst en orsak.</p>
      ) : (
        <ul className="fap-list">
          {causes.map((cause) => {
            const used = measures.some((m) => m.causeId === cause.causeId);
            return (
              <li key={cause.causeId} className="fap-list__item">
                <div>
                  <span className="fap-tag">{CAUSE_FACTOR_LABEL[cause.factor]}</span> {cause.description}
                </div>
                {can('RemoveCause') && !used ? (
                  <RemoveButton
                    what={`orsaken ${cause.description}`}
                    busy={removal.busy}
                    onConfirm={() => removal.remove(`/causes/${cause.causeId}`, 'Orsaken är borttagen.')}
                  />
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <FormFeedback feedback={removal.feedback} />
      {can('IdentifyCause') ? (
        <AddFormToggle label="Lägg till en orsak" startOpen={causes.length === 0}>
          <AddCauseForm />
        </AddFormToggle>
      ) : null}
    </section>
  );
}

type Field = 'description' | 'factor';

function AddCauseForm() {
  const [description, setDescription] = useState('');
  const [factor, setFactor] = useState('');
  const form = useFocusAreaForm<Field>();
  const headingId = useId();

  const check = (): FieldErrors<Field> => ({
    ...(description.trim() === '' ? { description: 'Beskriv orsaken.' } : {}),
    ...(factor === '' ? { factor: 'Välj vilken sorts faktor orsaken är.' } : {}),
  });

  return (
    <form
      {...form.formProps({
        check,
        method: 'POST',
        path: '/causes',
        body: () => ({ description: description.trim(), factor }),
        success: 'Orsaken är tillagd.',
        onSuccess: () => {
          setDescription('');
          setFactor('');
        },
      })}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} className="fap-form__title">
        Lägg till en orsak
      </h4>
      <TextArea
        label="Orsak"
        hint="Vad bidrar till problemet? Till exempel: få vuxna i rörelse på kvällstid."
        required
        rows={2}
        maxLength={4000}
        value={description}
        error={form.errors.description ?? null}
        onChange={form.onText('description', setDescription)}
      />
      <SelectField
        label="Typ av faktor"
        value={factor}
        error={form.errors.factor}
        onChange={form.onValue('factor', setFactor)}
        options={FACTORS.map((f) => ({ value: f, label: CAUSE_FACTOR_LABEL[f] }))}
      />
      <FormFeedback feedback={form.feedback} />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          Lägg till orsaken
        </Button>
      </FormActions>
    </form>
  );
}
