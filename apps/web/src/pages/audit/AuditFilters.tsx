import { useId, useState, type FormEvent } from 'react';
import type { AgreementSummary } from '../../api/schema';
import { Button, FormField } from '../../ui';
import { EVENT_TYPE_GROUPS } from './audit-labels';
import type { AuditFilter } from './audit-filter';

interface Props {
  readonly agreement: AgreementSummary;
  readonly filter: AuditFilter;
  readonly onApply: (filter: AuditFilter) => void;
}

const optional = (value: string): string | undefined => value.trim() || undefined;

/**
 * The filters of the audit history, in one form that is applied on "Visa": a screen reader user
 * changes several fields and then hears one result, rather than a new table after every click.
 */
export const AuditFilters = ({ agreement, filter, onApply }: Props) => {
  const [focusAreaId, setFocusAreaId] = useState(filter.focusAreaId ?? '');
  const [partyId, setPartyId] = useState(filter.partyId ?? '');
  const [kinds, setKinds] = useState<readonly string[]>(filter.kinds);
  const [from, setFrom] = useState(filter.from ?? '');
  const [to, setTo] = useState(filter.to ?? '');
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  const toggle = (type: string, on: boolean) => setKinds((current) => (on ? [...current, type] : current.filter((k) => k !== type)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (from && to && from > to) {
      setError('Till-datumet måste vara samma dag som eller senare än från-datumet.');
      return;
    }
    setError(null);
    onApply({ focusAreaId: optional(focusAreaId), partyId: optional(partyId), kinds, from: optional(from), to: optional(to) });
  };

  const clear = () => {
    setFocusAreaId('');
    setPartyId('');
    setKinds([]);
    setFrom('');
    setTo('');
    setError(null);
    onApply({ kinds: [] });
  };

  return (
    <form className="audit-filters" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`} className="audit-filters__title">
        Filtrera händelserna
      </h3>
      <div className="audit-filters__row">
        <FormField label="Fokusområde">
          {(control) => (
            <select {...control} className="select" value={focusAreaId} onChange={(e) => setFocusAreaId(e.target.value)}>
              <option value="">Alla fokusområden</option>
              {agreement.focusAreas.map((f) => (
                <option key={f.focusAreaId} value={f.focusAreaId}>
                  {f.title}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label="Part">
          {(control) => (
            <select {...control} className="select" value={partyId} onChange={(e) => setPartyId(e.target.value)}>
              <option value="">Alla parter</option>
              {agreement.parties.map((p) => (
                <option key={p.partyId} value={p.partyId}>
                  {p.name}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <fieldset className="audit-filters__period">
          <legend>Period</legend>
          <FormField label="Från och med" error={error}>
            {(control) => <input {...control} type="date" className="input" value={from} onChange={(e) => setFrom(e.target.value)} />}
          </FormField>
          <FormField label="Till och med">
            {(control) => <input {...control} type="date" className="input" value={to} onChange={(e) => setTo(e.target.value)} />}
          </FormField>
        </fieldset>
      </div>

      <fieldset className="audit-filters__kinds">
        <legend>
          Händelsetyp <span className="muted">({kinds.length === 0 ? 'alla typer visas' : `${kinds.length} valda`})</span>
        </legend>
        <div className="audit-filters__groups">
          {EVENT_TYPE_GROUPS.map((group) => (
            <fieldset key={group.legend} className="audit-filters__group">
              <legend>{group.legend}</legend>
              {group.types.map(([type, label]) => (
                <label key={type} className="checkbox">
                  <input type="checkbox" checked={kinds.includes(type)} onChange={(e) => toggle(type, e.target.checked)} />
                  <span>{label}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
      </fieldset>

      <div className="audit-filters__actions">
        <Button type="submit">Visa händelser</Button>
        <Button variant="secondary" onClick={clear}>
          Rensa filter
        </Button>
      </div>
    </form>
  );
};
