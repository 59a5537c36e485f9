import { useEffect, useRef, useState } from 'react';
import type { ProblemStatement } from '../../api/schema';
import { Button, TextArea } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

type Field = keyof ProblemStatement;

const FIELDS: readonly { field: Field; label: string; hint: string; missing: string }[] = [
  { field: 'what', label: 'Vad', hint: 'Vilket avgränsat, återkommande problem gäller det?', missing: 'Skriv vad problemet är.' },
  { field: 'where', label: 'Var', hint: 'Plats eller område, till exempel ett torg eller en skola.', missing: 'Skriv var problemet finns.' },
  { field: 'when', label: 'När', hint: 'Tid på dygnet, veckodagar eller period.', missing: 'Skriv när problemet uppstår.' },
  { field: 'howOften', label: 'Hur ofta', hint: 'Till exempel varje helg eller ett par gånger i månaden.', missing: 'Skriv hur ofta problemet uppstår.' },
];

/** The names the domain's messages give the fields. */

const empty: ProblemStatement = { what: '', where: '', when: '', howOften: '' };

/** Kartläggning: the problem statement — what, where, when, how often — shown, and recorded or revised. */
export function ProblemStatementForm() {
  const { response, can } = useFocusAreaPage();
  const saved = response.focusArea.work.problemStatement;
  const mayEdit = can('RecordProblemStatement');
  const [editing, setEditing] = useState(false);
  const [values, setValues] = useState<ProblemStatement>(saved ?? empty);
  const form = useFocusAreaForm<Field>();
  const openButton = useRef<HTMLButtonElement>(null);
  const wasOpen = useRef(false);
  const showForm = mayEdit && (editing || saved === null);

  useEffect(() => {
    if (wasOpen.current && !showForm) openButton.current?.focus();
    wasOpen.current = showForm;
  }, [showForm]);

  const check = (): FieldErrors<Field> => Object.fromEntries(FIELDS.filter((f) => values[f.field].trim() === '').map((f) => [f.field, f.missing]));

  return (
    <section className="fap-subsection" aria-labelledby="fap-problem-heading">
      <h3 id="fap-problem-heading">Problemformulering</h3>
      {saved ? (
        <dl className="fap-facts">
          {FIELDS.map((f) => (
            <div key={f.field} className="fap-facts__row">
              <dt>{f.label}</dt>
              <dd>{saved[f.field]}</dd>
            </div>
          ))}
        </dl>
      ) : (
        <p className="fap-empty">Ingen problemformulering är registrerad ännu.</p>
      )}
      <FormFeedback feedback={form.feedback} part="success" />
      {showForm ? (
        <form
          {...form.formProps({
            check,
            method: 'PUT',
            path: '/problem-statement',
            body: () => ({
              what: values.what.trim(),
              where: values.where.trim(),
              when: values.when.trim(),
              howOften: values.howOften.trim(),
            }),
            success: 'Problemformuleringen är sparad.',
            onSuccess: () => setEditing(false),
          })}
          aria-labelledby="fap-problem-form-heading"
        >
          <h4 id="fap-problem-form-heading" className="fap-form__title">
            {saved ? 'Ändra problemformuleringen' : 'Registrera problemformuleringen'}
          </h4>
          {FIELDS.map((f) => (
            <TextArea
              key={f.field}
              label={f.label}
              hint={f.hint}
              required
              rows={2}
              maxLength={4000}
              value={values[f.field]}
              error={form.errors[f.field] ?? null}
              onChange={(e) => {
                setValues({ ...values, [f.field]: e.target.value });
                // Typing keeps the form open, so a refresh (someone else saved first) never hides the text.
                setEditing(true);
                form.clearError(f.field);
              }}
            />
          ))}
          <FormFeedback feedback={form.feedback} part="problems" />
          <FormActions>
            <Button type="submit" busy={form.busy}>
              Spara problemformuleringen
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
            setValues(saved ?? empty);
            setEditing(true);
          }}
        >
          Ändra problemformuleringen
        </Button>
      ) : null}
    </section>
  );
}
