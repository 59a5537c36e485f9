import { useId, type ReactNode } from 'react';

/** Several choices in a fieldset (further causes, measures to link): the legend names the group, the hint is read with it. */
export function CheckboxGroup({
  legend,
  hint,
  values,
  onChange,
  options,
  children,
}: {
  legend: string;
  hint?: string;
  values: readonly string[];
  onChange: (values: string[]) => void;
  options: readonly { readonly value: string; readonly label: string }[];
  /** Shown under a ticked choice (the function of a party sharing the responsibility). */
  children?: (value: string) => ReactNode;
}) {
  const name = useId();
  const hintId = `${name}-hint`;
  const toggle = (value: string, on: boolean) => onChange(on ? [...values, value] : values.filter((v) => v !== value));
  return (
    <fieldset className="field fap-radios" aria-describedby={hint ? hintId : undefined}>
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      {options.map((o) => (
        <div key={o.value}>
          <div className="fap-radio">
            <input type="checkbox" id={`${name}-${o.value}`} checked={values.includes(o.value)} onChange={(e) => toggle(o.value, e.target.checked)} />
            <label htmlFor={`${name}-${o.value}`}>{o.label}</label>
          </div>
          {values.includes(o.value) && children ? children(o.value) : null}
        </div>
      ))}
    </fieldset>
  );
}
