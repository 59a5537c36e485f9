import { useId, useState } from 'react';
import { Button, TextArea } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

/** Slutsats: what the evaluation concludes — close the focus area or carry it into a new cycle, and why. */
export function ConclusionForm() {
  const { response, can } = useFocusAreaPage();
  const saved = response.focusArea.work.conclusion;
  const [conclusion, setConclusion] = useState(saved ?? '');
  const form = useFocusAreaForm<'conclusion'>();
  const headingId = useId();
  const check = (): FieldErrors<'conclusion'> => (conclusion.trim() === '' ? { conclusion: 'Skriv utvärderingens slutsats.' } : {});

  return (
    <section className="fap-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>Slutsats</h3>
      {saved ? <p className="fap-saved-text">{saved}</p> : <p className="fap-empty">Ingen slutsats är registrerad ännu.</p>}
      {can('ConcludeEvaluation') ? (
        <form
          {...form.formProps({
            check,
            method: 'PUT',
            path: '/conclusion',
            body: () => ({ conclusion: conclusion.trim() }),
            success: 'Slutsatsen är sparad.',
          })}
          aria-label={saved ? 'Ändra slutsatsen' : 'Registrera slutsatsen'}
        >
          <TextArea
            label="Slutsats"
            hint="Ska fokusområdet avslutas eller fortsätta i en ny cykel, och varför?"
            required
            rows={3}
            maxLength={4000}
            value={conclusion}
            error={form.errors.conclusion ?? null}
            onChange={form.onText('conclusion', setConclusion)}
          />
          <FormFeedback feedback={form.feedback} />
          <FormActions>
            <Button type="submit" busy={form.busy}>
              Spara slutsatsen
            </Button>
          </FormActions>
        </form>
      ) : null}
    </section>
  );
}
