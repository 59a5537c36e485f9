import { useId, useRef, useState, type FormEvent } from 'react';
import type { AnnexKind } from '@samverkan/annex-kind';
import { useCommand } from '../../api/queries';
import { Button, FormField, LiveRegion, ProblemMessage, TextField } from '../../ui';
import { ANNEX_KIND_OPTIONS } from './annex-labels';

/** A coordinator opens an annex: the situation picture and the action plan once each, citizen promises as many as needed. */
export const CreateAnnexForm = ({ agreementId, existingKinds }: { agreementId: string; existingKinds: readonly AnnexKind[] }) => {
  const options = ANNEX_KIND_OPTIONS.filter(([kind]) => kind === 'citizenPromise' || !existingKinds.includes(kind));
  const [kind, setKind] = useState<AnnexKind>(options[0]?.[0] ?? 'citizenPromise');
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [done, setDone] = useState('');
  const command = useCommand();
  const problemRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setDone('');
    if (!title.trim()) {
      setError('Ge bilagan en titel, till exempel ”Lägesbild 2025”.');
      return;
    }
    setError(null);
    command.mutate(
      { method: 'POST', path: `/agreements/${agreementId}/annexes`, body: { kind, title: title.trim() } },
      {
        onSuccess: () => {
          setDone(`Bilagan ”${title.trim()}” är skapad. Skriv dess första version nedan.`);
          setTitle('');
        },
        onError: () => window.setTimeout(() => problemRef.current?.focus(), 0),
      },
    );
  };

  return (
    <form className="annex-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h2 id={titleId}>Ny bilaga</h2>
      <ProblemMessage error={command.error} title="Bilagan kunde inte skapas" ref={problemRef} />
      <div className="annex-form__fields">
        <FormField label="Slag av bilaga" required>
          {(control) => (
            <select {...control} className="select" value={kind} onChange={(e) => setKind(e.target.value as AnnexKind)}>
              {options.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <TextField label="Titel" value={title} maxLength={200} error={error} required onChange={(e) => setTitle(e.target.value)} />
      </div>
      <Button type="submit" busy={command.isPending}>
        Skapa bilaga
      </Button>
      <LiveRegion message={done} visible />
    </form>
  );
};
