import { useId, useState } from 'react';
import { SOURCE_KINDS } from '../../api/schema';
import { Button, SOURCE_KIND_LABEL, TextArea, TextField } from '../../ui';
import { FormActions, SelectField } from './fields';
import { AddFormToggle } from './AddFormToggle';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { RemoveButton } from './RemoveButton';
import { useFocusAreaForm, type FieldErrors } from './useFocusAreaForm';
import { useRemoval } from './useRemoval';

const KINDS = SOURCE_KINDS;

/** Källor: where the picture of the problem comes from, in Swedish kinds; add and remove. */
export function SourcesSection() {
  const { response, can } = useFocusAreaPage();
  const { sources } = response.focusArea.work;
  const removal = useRemoval();
  const headingId = useId();
  return (
    <section className="fap-subsection" aria-labelledby={headingId}>
      <h3 id={headingId} ref={removal.headingRef} tabIndex={-1}>
        Källor
      </h3>
      {sources.length === 0 ? (
        <p className="fap-empty">Inga källor är registrerade ännu. Kartläggningen behöver minst en källa.</p>
      ) : (
        <ul className="fap-list">
          {sources.map((source) => (
            <li key={source.sourceId} className="fap-list__item">
              <div>
                <span className="fap-tag">{SOURCE_KIND_LABEL[source.kind]}</span> <strong>{source.title}</strong>
                {source.description ? <p className="fap-list__text">{source.description}</p> : null}
              </div>
              {can('RemoveSource') ? (
                <RemoveButton
                  what={`källan ${source.title}`}
                  busy={removal.busy}
                  onConfirm={() => removal.remove(`/sources/${source.sourceId}`, `Källan ${source.title} är borttagen.`)}
                />
              ) : null}
            </li>
          ))}
        </ul>
      )}
      <FormFeedback feedback={removal.feedback} />
      {can('AddSource') ? (
        <AddFormToggle label="Lägg till en källa" startOpen={sources.length === 0}>
          <AddSourceForm />
        </AddFormToggle>
      ) : null}
    </section>
  );
}

type Field = 'kind' | 'title' | 'description';

function AddSourceForm() {
  const [kind, setKind] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const form = useFocusAreaForm<Field>();
  const headingId = useId();

  const check = (): FieldErrors<Field> => ({
    ...(kind === '' ? { kind: 'Välj vilken sorts källa det är.' } : {}),
    ...(title.trim() === '' ? { title: 'Skriv källans namn, till exempel ”Polisens trygghetsmätning 2024”.' } : {}),
  });

  return (
    <form
      {...form.formProps({
        check,
        method: 'POST',
        path: '/sources',
        body: () => ({ kind, title: title.trim(), ...(description.trim() ? { description: description.trim() } : {}) }),
        success: `Källan ${title.trim()} är tillagd.`,
        onSuccess: () => {
          setKind('');
          setTitle('');
          setDescription('');
        },
      })}
      aria-labelledby={headingId}
    >
      <h4 id={headingId} className="fap-form__title">
        Lägg till en källa
      </h4>
      <SelectField
        label="Typ av källa"
        value={kind}
        error={form.errors.kind}
        onChange={form.onValue('kind', setKind)}
        options={KINDS.map((k) => ({ value: k, label: SOURCE_KIND_LABEL[k] }))}
      />
      <TextField
        label="Källans namn"
        hint="Till exempel Polisens trygghetsmätning 2024 eller Medborgardialog i Bjärred, maj 2025."
        required
        maxLength={200}
        autoComplete="off"
        value={title}
        error={form.errors.title ?? null}
        onChange={form.onText('title', setTitle)}
      />
      <TextArea
        label="Vad källan visar om problemet"
        hint="Frivilligt. Bara sammanställda uppgifter, aldrig uppgifter om enskilda personer."
        rows={2}
        maxLength={4000}
        value={description}
        error={form.errors.description ?? null}
        onChange={form.onText('description', setDescription)}
      />
      <FormFeedback feedback={form.feedback} />
      <FormActions>
        <Button type="submit" busy={form.busy}>
          Lägg till källan
        </Button>
      </FormActions>
    </form>
  );
}
