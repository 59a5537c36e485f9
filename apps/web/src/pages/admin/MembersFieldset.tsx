import { Button, FormField, TextField } from '../../ui';
import { FieldAnchor } from './ErrorSummary';
import { emptyMember, type MemberRow, type PartyRow } from './registration-form';

interface Props {
  /** "council" or "operativeGroup": the API's name for the body, which its fields begin with. */
  readonly body: 'council' | 'operativeGroup';
  readonly title: string;
  readonly members: readonly MemberRow[];
  readonly parties: readonly PartyRow[];
  readonly errors: Readonly<Record<string, string>>;
  readonly onChange: (members: readonly MemberRow[]) => void;
}

/** A party's name as the form has it so far, or its place in the list while it has none. */
export const partyLabel = (parties: readonly PartyRow[], rowId: number): string => {
  const index = parties.findIndex((p) => p.rowId === rowId);
  const party = parties[index];
  return party?.name.trim() || `Part ${index + 1}`;
};

/** The members of a body by function, one row each: which party and which function (never a person). */
export const MembersFieldset = ({ body, title, members, parties, errors, onChange }: Props) => {
  const update = (index: number, change: Partial<MemberRow>) => onChange(members.map((m, i) => (i === index ? { ...m, ...change } : m)));
  const first = parties[0]?.rowId;
  return (
    <fieldset className="admin-checkboxes">
      <legend className="field__label">{title}</legend>
      <p className="field__hint">Frivilligt. Ledamöterna som funktioner per part, som överenskommelsen anger dem.</p>
      <ol className="admin-rows">
        {members.map((member, i) => (
          <li key={member.rowId} className="admin-row">
            <FieldAnchor field={`${body}.members.${i}.partyId`}>
              <FormField label={`Ledamot ${i + 1}: part`} required error={errors[`${body}.members.${i}.partyId`] ?? null}>
                {(control) => (
                  <select {...control} className="input" value={member.partyRowId} onChange={(e) => update(i, { partyRowId: Number(e.target.value) })}>
                    {parties.map((p) => (
                      <option key={p.rowId} value={p.rowId}>
                        {partyLabel(parties, p.rowId)}
                      </option>
                    ))}
                  </select>
                )}
              </FormField>
            </FieldAnchor>
            <FieldAnchor field={`${body}.members.${i}.function`}>
              <TextField
                label={`Ledamot ${i + 1}: funktion`}
                required
                hint="Till exempel Lokalpolisområdeschef."
                value={member.function}
                error={errors[`${body}.members.${i}.function`]}
                onChange={(e) => update(i, { function: e.target.value })}
              />
            </FieldAnchor>
            <Button variant="danger-outline" onClick={() => onChange(members.filter((_, j) => j !== i))}>
              Ta bort ledamot {i + 1}
            </Button>
          </li>
        ))}
      </ol>
      {first !== undefined ? (
        <Button variant="secondary" onClick={() => onChange([...members, emptyMember(first)])}>
          Lägg till ledamot
        </Button>
      ) : null}
    </fieldset>
  );
};
