import { useId, type ReactNode } from 'react';
import { FormField } from '../../ui';

/** A select with its label, hint and error tied to it (ui's FormField), and an empty first choice. */
export function SelectField({
  label,
  hint,
  error,
  required = true,
  value,
  onChange,
  options,
  placeholder = 'Välj…',
  name,
}: {
  label: string;
  hint?: ReactNode;
  error?: string | undefined;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  options: readonly { readonly value: string; readonly label: string }[];
  placeholder?: string | null;
  name?: string;
}) {
  return (
    <FormField label={label} hint={hint} error={error ?? null} required={required}>
      {(control) => (
        <select {...control} name={name} value={value} onChange={(e) => onChange(e.target.value)} className="input input--select">
          {placeholder !== null ? <option value="">{placeholder}</option> : null}
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      )}
    </FormField>
  );
}

/** Radio buttons in a fieldset: the legend names the group, the error is read with it. */
export function RadioGroup({
  legend,
  error,
  value,
  onChange,
  options,
}: {
  legend: string;
  error?: string | undefined;
  value: string;
  onChange: (value: string) => void;
  options: readonly { readonly value: string; readonly label: string }[];
}) {
  const name = useId();
  const errorId = `${name}-error`;
  return (
    <fieldset className={error ? 'field fap-radios field--error' : 'field fap-radios'} aria-describedby={error ? errorId : undefined}>
      <legend className="field__label">
        {legend}
        <span className="field__required"> (obligatoriskt)</span>
      </legend>
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Fel: </span>
          {error}
        </p>
      ) : null}
      {options.map((o, index) => (
        <div className="fap-radio" key={o.value}>
          <input
            type="radio"
            id={`${name}-${o.value}`}
            name={name}
            value={o.value}
            checked={value === o.value}
            aria-invalid={error && index === 0 ? true : undefined}
            onChange={() => onChange(o.value)}
          />
          <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
        </div>
      ))}
    </fieldset>
  );
}

/** Hands a form's submit button and its busy state a consistent look. */
export function FormActions({ children }: { children: ReactNode }) {
  return <div className="fap-form__actions">{children}</div>;
}
