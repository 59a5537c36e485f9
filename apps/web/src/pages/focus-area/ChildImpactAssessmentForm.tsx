import { useEffect, useId, useRef, useState } from 'react';
import { Button, TextArea } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = 'summary' | 'conclusion';

/**
 * Barnkonsekvensanalys: how the measures affect children and young people, and what follows; it
 * must be recorded before the measures are decided (Lomma: "Barnkonsekvensanalyser ska göras innan
 * beslut om åtgärder fattas").
 */
export function ChildImpactAssessmentForm() {
  const { response, can } = useFocusAreaPage();
  const saved = response.focusArea.work.childImpactAssessment;
  const mayEdit = can('RecordChildImpactAssessment');
  const [editing, setEditing] = useState(false);
  const [summary, setSummary] = useState(saved?.summary ?? '');
  const [conclusion, setConclusion] = useState(saved?.conclusion ?? '');
  const form = useFocusAreaForm<Field>();
  const headingId = useId();
  const openButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const showForm = mayEdit && (editing || saved === null);

  useEffect(() => {
    if (wasOpen.current && !showForm) openButton.current?.focus();
    wasOpen.current = showForm;
  }, [showForm]);

  const check = (): FieldErrors<Field> => ({
    ...(summary.trim() === '' ? { summary: 'Beskriv hur åtgärderna påverkar barn och unga.' } : {}),
    ...(conclusion.trim() === '' ? { conclusion: 'Skriv vad analysen leder till för åtgärderna.' } : {}),
  });

  return (
    <section className="fap-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>Barnkonsekvensanalys</h3>
      {saved ? (
        <dl className="fap-facts">
          <div className="fap-facts__row">
            <dt>Hur åtgärderna påverkar barn och unga</dt>
            <dd>{saved.summary}</dd>
          </div>
          <div className="fap-facts__row">
            <dt>Slutsats för åtgärderna</dt>
            <dd>{saved.conclusion}</dd>
          </div>
        </dl>
      ) : (
        <p className="fap-empty">Ingen barnkonsekvensanalys är registrerad. Den ska göras innan beslut om åtgärder fattas.</p>
      )}
      <FormFeedback feedback={form.feedback} part="success" />
      {showForm ? (
        <form
          {...form.formProps({
            check,
            method: 'PUT',
            path: '/child-impact-assessment',
            body: () => ({ summary: summary.trim(), conclusion: conclusion.trim() }),
            success: 'Barnkonsekvensanalysen är sparad.',
            onSuccess: () => setEditing(false),
          })}
          aria-label={saved ? 'Ändra barnkonsekvensanalysen' : 'Registrera barnkonsekvensanalysen'}
        >
          <TextArea
            label="Hur påverkar åtgärderna barn och unga?"
            required
            rows={3}
            maxLength={4000}
            value={summary}
            error={form.errors.summary ?? null}
            onChange={(e) => {
              setSummary(e.target.value);
              setEditing(true);
              form.clearError('summary');
            }}
          />
          <TextArea
            label="Slutsats för åtgärderna"
            required
            rows={3}
            maxLength={4000}
            value={conclusion}
            error={form.errors.conclusion ?? null}
            onChange={(e) => {
              setConclusion(e.target.value);
              setEditing(true);
              form.clearError('conclusion');
            }}
          />
          <FormFeedback feedback={form.feedback} part="problems" />
          <FormActions>
            <Button type="submit" busy={form.busy}>
              Spara barnkonsekvensanalysen
            </Button>
            {saved ? (
              <Button variant="secondary" onClick={() => setEditing(false)}>
                Avbryt
              </Button>
            ) : null}
          </FormActions>
        </form>
      ) : mayEdit ? (
        <Button
          ref={openButton}
          variant="secondary"
          onClick={() => {
            setSummary(saved?.summary ?? '');
            setConclusion(saved?.conclusion ?? '');
            setEditing(true);
          }}
        >
          Ändra barnkonsekvensanalysen
        </Button>
      ) : null}
    </section>
  );
}
