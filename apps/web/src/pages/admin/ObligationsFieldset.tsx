import { OBLIGATION_KINDS, REPORT_RECIPIENTS, type ObligationKind } from '../../api/schema';
import { Button, FormField, TextArea, TextField } from '../../ui';
import { obligationKindLabel } from '../late/late-labels';
import { recipientLabel } from './admin-labels';
import { FieldAnchor } from './ErrorSummary';
import { CADENCE_FIELDS, emptyObligation, type ObligationRow } from './registration-form';

interface Props {
  readonly obligations: readonly ObligationRow[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (obligations: readonly ObligationRow[]) => void;
}

/** The inputs of each kind's cadence; which ones an obligation needs is the API's rule to judge. */
const CadenceInputs = ({
  row,
  index,
  errors,
  update,
}: {
  row: ObligationRow;
  index: number;
  errors: Props['errors'];
  update: (change: Partial<ObligationRow>) => void;
}) => {
  const fields = row.kind === '' ? [] : CADENCE_FIELDS[row.kind];
  const key = (field: string) => `obligations.${index}.${field}`;
  return (
    <>
      {fields.includes('perYear') ? (
        <FieldAnchor field={key('perYear')}>
          <TextField
            label="Gånger per år"
            required
            inputMode="numeric"
            value={row.perYear}
            error={errors[key('perYear')]}
            onChange={(e) => update({ perYear: e.target.value })}
          />
        </FieldAnchor>
      ) : null}
      {fields.includes('perYear') ? (
        <label className="admin-checkbox">
          <input type="checkbox" checked={row.alsoAsNeeded} onChange={(e) => update({ alsoAsNeeded: e.target.checked })} />
          Och därutöver vid behov
        </label>
      ) : null}
      {fields.includes('everyYears') ? (
        <FieldAnchor field={key('everyYears')}>
          <TextField
            label="Vart hur många år"
            hint="1 betyder varje år."
            required
            inputMode="numeric"
            value={row.everyYears}
            error={errors[key('everyYears')]}
            onChange={(e) => update({ everyYears: e.target.value })}
          />
        </FieldAnchor>
      ) : null}
      {fields.includes('firstDueBy') ? (
        <FieldAnchor field={key('firstDueBy')}>
          <TextField
            label="Första gången senast"
            hint="Frivilligt."
            type="date"
            value={row.firstDueBy}
            error={errors[key('firstDueBy')]}
            onChange={(e) => update({ firstDueBy: e.target.value })}
          />
        </FieldAnchor>
      ) : null}
      {fields.includes('readyBy') ? (
        <FieldAnchor field={key('readyBy')}>
          <TextField
            label="Klart senast (dag på året)"
            hint="MM-DD, till exempel 12-31."
            required
            value={row.readyBy}
            error={errors[key('readyBy')]}
            onChange={(e) => update({ readyBy: e.target.value })}
          />
        </FieldAnchor>
      ) : null}
      {fields.includes('dueBy') ? (
        <FieldAnchor field={key('dueBy')}>
          <TextField
            label="Senast"
            type="date"
            required
            value={row.dueBy}
            error={errors[key('dueBy')]}
            onChange={(e) => update({ dueBy: e.target.value })}
          />
        </FieldAnchor>
      ) : null}
      {fields.includes('to') ? (
        <FieldAnchor field={key('to')}>
          <fieldset className="admin-checkboxes">
            <legend className="field__label">Rapporteras till</legend>
            {errors[key('to')] ? <p className="field__error">{errors[key('to')]}</p> : null}
            {REPORT_RECIPIENTS.map((recipient) => (
              <label key={recipient} className="admin-checkbox">
                <input
                  type="checkbox"
                  checked={row.to.includes(recipient)}
                  onChange={(e) => update({ to: e.target.checked ? [...row.to, recipient] : row.to.filter((r) => r !== recipient) })}
                />
                {recipientLabel(recipient)}
              </label>
            ))}
          </fieldset>
        </FieldAnchor>
      ) : null}
    </>
  );
};

/** What the agreement obliges the parties to do, each tracked later as due, met or overdue on Försenat. */
export const ObligationsFieldset = ({ obligations, errors, onChange }: Props) => {
  const update = (index: number, change: Partial<ObligationRow>) => onChange(obligations.map((o, i) => (i === index ? { ...o, ...change } : o)));
  return (
    <fieldset className="admin-fieldset">
      <legend>Åtaganden</legend>
      <p className="field__hint">Det överenskommelsen säger att parterna ska göra och hur ofta, till exempel att styrgruppen möts fyra gånger per år.</p>
      {obligations.length === 0 ? <p>Inga åtaganden har lagts till.</p> : null}
      <ol className="admin-rows">
        {obligations.map((row, i) => (
          <li key={row.rowId} className="admin-row">
            <fieldset className="admin-row__fields">
              <legend className="admin-row__legend">Åtagande {i + 1}</legend>
              <FieldAnchor field={`obligations.${i}.kind`}>
                <FormField label="Slag av åtagande" required error={errors[`obligations.${i}.kind`] ?? null}>
                  {(control) => (
                    <select {...control} className="input" value={row.kind} onChange={(e) => update(i, { kind: e.target.value as ObligationKind | '' })}>
                      <option value="">Välj…</option>
                      {OBLIGATION_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {obligationKindLabel(kind)}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              </FieldAnchor>
              <CadenceInputs row={row} index={i} errors={errors} update={(change) => update(i, change)} />
              <FieldAnchor field={`obligations.${i}.description`} className="admin-row__wide">
                <TextArea
                  label="Beskrivning"
                  required
                  rows={2}
                  hint="Som tjänstepersonerna ska läsa den. Skriv inga personnummer."
                  value={row.description}
                  error={errors[`obligations.${i}.description`]}
                  onChange={(e) => update(i, { description: e.target.value })}
                />
              </FieldAnchor>
              <FieldAnchor field={`obligations.${i}.source`} className="admin-row__wide">
                <TextArea
                  label="Citat ur överenskommelsen"
                  rows={2}
                  hint="Frivilligt: meningen i överenskommelsen som åtagandet bygger på, så att en revisor kan kontrollera det."
                  value={row.source}
                  error={errors[`obligations.${i}.source`]}
                  onChange={(e) => update(i, { source: e.target.value })}
                />
              </FieldAnchor>
            </fieldset>
            <Button variant="danger-outline" onClick={() => onChange(obligations.filter((_, j) => j !== i))}>
              Ta bort åtagande {i + 1}
            </Button>
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => onChange([...obligations, emptyObligation()])}>
        Lägg till åtagande
      </Button>
    </fieldset>
  );
};
