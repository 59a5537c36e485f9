import { useEffect, useId, useRef, useState } from 'react';
import { Button, TextArea } from '../../ui';
import { FormActions } from './fields';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';

/**
 * Slutsats: what the evaluation concludes — close the focus area or carry it into a new cycle, and
 * why. The saved text or the form, never both: after a save the form closes, focus moves to the
 * text and a live region says it was saved; "Ändra slutsatsen" opens the form again.
 */
export function ConclusionForm() {
  const { response, can } = useFocusAreaPage();
  const saved = response.focusArea.work.conclusion;
  const [editing, setEditing] = useState(false);
  const [said, setSaid] = useState('');
  const [focusOn, setFocusOn] = useState<'saved' | 'change' | null>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const headingId = useId();
  const mayConclude = can('ConcludeEvaluation');

  useEffect(() => {
    if (focusOn === 'saved') savedRef.current?.focus();
    if (focusOn === 'change') changeRef.current?.focus();
    if (focusOn) setFocusOn(null);
  }, [focusOn]);

  const done = (wasSaved: boolean) => {
    setEditing(false);
    setSaid(wasSaved ? 'Slutsatsen är sparad.' : '');
    setFocusOn(wasSaved ? 'saved' : 'change');
  };
  const showForm = mayConclude && (saved === null || editing);

  return (
    <section className="fap-subsection" aria-labelledby={headingId}>
      <h3 id={headingId}>Slutsats</h3>
      {saved && !editing ? (
        <p ref={savedRef} tabIndex={-1} className="fap-saved-text">
          {saved}
        </p>
      ) : null}
      {saved === null && !showForm ? <p className="fap-empty">Ingen slutsats är registrerad ännu.</p> : null}
      <div role="status" aria-live="polite" aria-atomic="true">
        {said ? <p className="notice notice--success">{said}</p> : null}
      </div>
      {saved && !editing && mayConclude ? (
        <Button
          ref={changeRef}
          variant="secondary"
          onClick={() => {
            setSaid('');
            setEditing(true);
          }}
        >
          Ändra slutsatsen
        </Button>
      ) : null}
      {showForm ? <ConclusionEditor saved={saved} onDone={done} /> : null}
    </section>
  );
}

function ConclusionEditor({ saved, onDone }: { saved: string | null; onDone: (saved: boolean) => void }) {
  const [conclusion, setConclusion] = useState(saved ?? '');
  const form = useFocusAreaForm<'conclusion'>();
  const fieldRef = useRef<HTMLDivElement>(null);
  const check = (): FieldErrors<'conclusion'> => (conclusion.trim() === '' ? { conclusion: 'Skriv utvärderingens slutsats.' } : {});
  // Opened to change the saved text (by its button, which is gone now): focus moves into the form.
  useEffect(() => {
    if (saved !== null) fieldRef.current?.querySelector('textarea')?.focus();
  }, [saved]);

  return (
    <form
      {...form.formProps({
        check,
        method: 'PUT',
        path: '/conclusion',
        body: () => ({ conclusion: conclusion.trim() }),
        onSuccess: () => onDone(true),
      })}
      aria-label={saved ? 'Ändra slutsatsen' : 'Registrera slutsatsen'}
    >
      <div ref={fieldRef}>
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
      </div>
      <FormFeedback feedback={form.problems} part="problems" />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          Spara slutsatsen
        </Button>
        {saved ? (
          <Button variant="secondary" onClick={() => onDone(false)}>
            Avbryt
          </Button>
        ) : null}
      </FormActions>
    </form>
  );
}
