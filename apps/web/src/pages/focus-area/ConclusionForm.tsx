import { useId, useState } from 'react';
import { Button, TextArea } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useCommandForm, type FieldErrors } from './useCommandForm';

const NAMED: Readonly<Record<string, 'conclusion'>> = { slutsats: 'conclusion' };

/** Slutsats: what the evaluation concludes — close the focus area or carry it into a new cycle, and why. */
export function ConclusionForm() {
  const { response, can, send } = useFocusAreaPage();
  const saved = response.focusArea.work.conclusion;
  const [conclusion, setConclusion] = useState(saved ?? '');
  const form = useCommandForm<'conclusion'>({ namedFields: NAMED });
  const headingId = useId();
  const check = (): FieldErrors<'conclusion'> => (conclusion.trim() === '' ? { conclusion: 'Skriv utvärderingens slutsats.' } : {});

  return (
    <section className="fap-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>Slutsats</h3>
      {saved ? <p className="fap-saved-text">{saved}</p> : <p className="fap-empty">Ingen slutsats är registrerad ännu.</p>}
      {can('ConcludeEvaluation') ? (
        <form
          ref={form.formRef}
          noValidate
          className="fap-form"
          aria-label={saved ? 'Ändra slutsatsen' : 'Registrera slutsatsen'}
          onSubmit={(event) => void form.submit(event, check, () => send('PUT', '/conclusion', { conclusion: conclusion.trim() }), 'Slutsatsen är sparad.')}
        >
          <TextArea
            label="Slutsats"
            hint="Ska fokusområdet avslutas eller fortsätta i en ny cykel, och varför?"
            required
            rows={3}
            maxLength={4000}
            value={conclusion}
            error={form.errors.conclusion ?? null}
            onChange={(e) => {
              setConclusion(e.target.value);
              form.clearError('conclusion');
            }}
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
