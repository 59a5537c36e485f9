import { useId, type ReactNode } from 'react';

/** The kinds of item the carry-forward form offers, named as the request's fields (a refusal marks its group). */
export type CarryField = 'measureIds' | 'goalIds' | 'sourceIds';

/** One kind of item to keep or drop: a fieldset with its legend and, when refused, the reason. */
export function Choices({
  legend,
  field,
  error,
  count,
  empty,
  children,
}: {
  legend: string;
  field: CarryField;
  error: string | undefined;
  count: number;
  empty: string;
  children: ReactNode;
}) {
  const errorId = useId();
  const has = count > 0;
  return (
    <fieldset className="fap-fieldset fap-carry__group" aria-describedby={error ? errorId : undefined} data-field={field}>
      <legend>{legend}</legend>
      {error ? (
        <p id={errorId} className="field__error">
          {error}
        </p>
      ) : null}
      {has ? null : <p className="fap-empty">{empty}</p>}
      {children}
    </fieldset>
  );
}

/** One item: a checkbox named by the item, its details tied to it. */
export function Choice({
  checked,
  onChange,
  label,
  detail,
  invalid,
}: {
  checked: boolean;
  onChange: (kept: boolean) => void;
  label: string;
  detail?: string | undefined;
  invalid: boolean;
}) {
  const detailId = useId();
  return (
    <label className="fap-carry__choice">
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => onChange(e.target.checked)}
        aria-invalid={invalid || undefined}
        aria-describedby={detail ? detailId : undefined}
      />
      <span>
        <span className="fap-carry__label">{label}</span>
        {detail ? (
          <span id={detailId} className="fap-carry__detail">
            {detail}
          </span>
        ) : null}
      </span>
    </label>
  );
}
