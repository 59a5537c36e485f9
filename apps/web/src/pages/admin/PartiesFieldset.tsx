import type { PartyRow } from './registration-form';
import { emptyParty } from './registration-form';
import { PARTY_KINDS } from '../../api/schema';
import { Button, FormField, TextField } from '../../ui';
import { PARTY_KIND_LABEL } from './admin-labels';
import { FieldAnchor } from './ErrorSummary';

interface Props {
  readonly parties: readonly PartyRow[];
  /** Where the API names a signatory's field: the index among the parties whose signatory was filled in. */
  readonly signatoryIndex: (partyIndex: number) => number;
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (parties: readonly PartyRow[]) => void;
}

/** The signing organisations, one row each; at least two (the API refuses fewer, and says so). */
export const PartiesFieldset = ({ parties, signatoryIndex, errors, onChange }: Props) => {
  const update = (index: number, change: Partial<PartyRow>) => onChange(parties.map((p, i) => (i === index ? { ...p, ...change } : p)));
  return (
    <fieldset className="admin-fieldset">
      <legend>Parter</legend>
      <FieldAnchor field="parties">
        {errors.parties ? (
          <p className="field__error">
            <span className="visually-hidden">Fel: </span>
            {errors.parties}
          </p>
        ) : null}
      </FieldAnchor>
      <p className="field__hint">Kommunen och lokalpolisområdet, och andra parter som skriver under (till exempel Kriminalvården).</p>
      <ol className="admin-rows">
        {parties.map((party, i) => (
          <li key={party.rowId} className="admin-row">
            <fieldset className="admin-row__fields">
              <legend className="admin-row__legend">Part {i + 1}</legend>
              <FieldAnchor field={`parties.${i}.name`}>
                <TextField
                  label="Namn"
                  required
                  value={party.name}
                  error={errors[`parties.${i}.name`]}
                  onChange={(e) => update(i, { name: e.target.value })}
                />
              </FieldAnchor>
              <FieldAnchor field={`parties.${i}.partyId`}>
                <TextField
                  label="Id"
                  required
                  hint="Små bokstäver, siffror och bindestreck, till exempel lomma-kommun."
                  value={party.partyId}
                  error={errors[`parties.${i}.partyId`]}
                  onChange={(e) => update(i, { partyId: e.target.value })}
                />
              </FieldAnchor>
              <FieldAnchor field={`parties.${i}.kind`}>
                <FormField label="Slag av part" required error={errors[`parties.${i}.kind`] ?? null}>
                  {(control) => (
                    <select {...control} className="input" value={party.kind} onChange={(e) => update(i, { kind: e.target.value as PartyRow['kind'] })}>
                      {PARTY_KINDS.map((kind) => (
                        <option key={kind} value={kind}>
                          {PARTY_KIND_LABEL[kind]}
                        </option>
                      ))}
                    </select>
                  )}
                </FormField>
              </FieldAnchor>
              <FieldAnchor field={`parties.${i}.organisationNumber`}>
                <TextField
                  label="Organisationsnummer"
                  hint="Frivilligt. NNNNNN-NNNN; ett lokalpolisområde har Polismyndighetens 202100-0076."
                  inputMode="numeric"
                  value={party.organisationNumber}
                  error={errors[`parties.${i}.organisationNumber`]}
                  onChange={(e) => update(i, { organisationNumber: e.target.value })}
                />
              </FieldAnchor>
              <FieldAnchor field={`signatories.${signatoryIndex(i)}.function`}>
                <TextField
                  label="Undertecknad av (funktion)"
                  hint="Frivilligt. Funktionen, till exempel Kommunstyrelsens ordförande – aldrig personens namn."
                  value={party.signatoryFunction}
                  error={errors[`signatories.${signatoryIndex(i)}.function`] ?? errors[`signatories.${signatoryIndex(i)}.partyId`]}
                  onChange={(e) => update(i, { signatoryFunction: e.target.value })}
                />
              </FieldAnchor>
              <FieldAnchor field={`signatories.${signatoryIndex(i)}.signedOn`}>
                <TextField
                  label="Undertecknad den"
                  type="date"
                  value={party.signedOn}
                  error={errors[`signatories.${signatoryIndex(i)}.signedOn`]}
                  onChange={(e) => update(i, { signedOn: e.target.value })}
                />
              </FieldAnchor>
            </fieldset>
            {parties.length > 2 ? (
              <Button variant="danger-outline" onClick={() => onChange(parties.filter((_, j) => j !== i))}>
                Ta bort part {i + 1}
              </Button>
            ) : null}
          </li>
        ))}
      </ol>
      <Button variant="secondary" onClick={() => onChange([...parties, emptyParty()])}>
        Lägg till part
      </Button>
    </fieldset>
  );
};
