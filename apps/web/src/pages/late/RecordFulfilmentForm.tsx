import { isIsoDate } from '@samverkan/dates';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useCommand } from '../../api/queries';
import type { Obligation } from '../../api/schema';
import { Button, formatDate, FormField, LiveRegion, ProblemMessage, TextArea } from '../../ui';
import { obligationKindLabel } from './late-labels';

const NOTE_MAX = 500;

interface Props {
  readonly agreementId: string;
  readonly obligations: readonly Obligation[];
  readonly today: string;
}

/** Coordinators record that an obligation was carried out: a council meeting held, the situation picture updated… */
export const RecordFulfilmentForm = ({ agreementId, obligations, today }: Props) => {
  const kinds = [...new Map(obligations.map((o) => [o.kind, o])).values()];
  const [kind, setKind] = useState(kinds[0]?.kind ?? '');
  const [fulfilledOn, setFulfilledOn] = useState(today);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<{ kind?: string; fulfilledOn?: string }>({});
  const [done, setDone] = useState('');
  const command = useCommand();
  const problemRef = useRef<HTMLDivElement>(null);
  const titleId = useId();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const found = {
      ...(kind ? {} : { kind: 'Välj vilket åtagande som fullgjordes.' }),
      ...(isIsoDate(fulfilledOn) ? {} : { fulfilledOn: 'Ange dagen det gjordes, till exempel 2024-03-14.' }),
    };
    setErrors(found);
    setDone('');
    if (Object.keys(found).length > 0) return;
    command.mutate(
      {
        method: 'POST',
        path: `/agreements/${agreementId}/obligation-fulfilments`,
        body: { obligationKind: kind, fulfilledOn, ...(note.trim() ? { note: note.trim() } : {}) },
      },
      {
        onSuccess: () => {
          setDone(`Registrerat: ${obligationKindLabel(kind).toLocaleLowerCase('sv-SE')} fullgjordes ${formatDate(fulfilledOn)}.`);
          setNote('');
        },
        onError: () => window.setTimeout(() => problemRef.current?.focus(), 0),
      },
    );
  };

  if (kinds.length === 0) return null;
  return (
    <form className="fulfilment-form" onSubmit={submit} aria-labelledby={titleId} noValidate>
      <h3 id={titleId}>Registrera att ett åtagande har fullgjorts</h3>
      <p className="muted">Till exempel att rådet har sammanträtt eller att lägesbilden har uppdaterats. Registreringen syns i granskningsloggen.</p>
      <ProblemMessage error={command.error} title="Registreringen kunde inte sparas" ref={problemRef} />
      <div className="fulfilment-form__fields">
        <FormField label="Åtagande" error={errors.kind ?? null} required>
          {(control) => (
            <select {...control} className="select" value={kind} onChange={(e) => setKind(e.target.value)}>
              {kinds.map((o) => (
                <option key={o.kind} value={o.kind}>
                  {obligationKindLabel(o.kind)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Fullgjordes den" error={errors.fulfilledOn ?? null} required>
          {(control) => <input {...control} type="date" className="input" value={fulfilledOn} onChange={(e) => setFulfilledOn(e.target.value)} />}
        </FormField>
      </div>
      <TextArea
        label="Anteckning"
        hint={`Frivillig, högst ${NOTE_MAX} tecken: till exempel mötet och protokollets diarienummer. Skriv inga personnummer.`}
        value={note}
        maxLength={NOTE_MAX}
        rows={2}
        onChange={(e) => setNote(e.target.value)}
      />
      <Button type="submit" busy={command.isPending}>
        Registrera
      </Button>
      <LiveRegion message={done} visible />
    </form>
  );
};
