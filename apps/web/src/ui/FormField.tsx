import { useId, type InputHTMLAttributes, type ReactNode, type Ref, type TextareaHTMLAttributes } from 'react';

/** What a FormField hands its control so the label, hint and error are tied to it. */
export interface FieldControlProps {
  readonly id: string;
  readonly 'aria-describedby'?: string;
  readonly 'aria-invalid'?: true;
  readonly 'aria-required'?: true;
}

export interface FormFieldProps {
  readonly label: string;
  readonly hint?: ReactNode;
  /** A Swedish sentence saying what is wrong and how to fix it; shown above the control. */
  readonly error?: string | null;
  readonly required?: boolean;
  readonly children: (control: FieldControlProps) => ReactNode;
}

/**
 * A label, an optional hint and an optional error, tied to one control by id and
 * aria-describedby (WCAG 1.3.1, 3.3.1, 3.3.2). "(obligatoriskt)" is written out, not only a star.
 */
export const FormField = ({ label, hint, error, required = false, children }: FormFieldProps) => {
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label className="field__label" htmlFor={id}>
        {label}
        {required ? <span className="field__required"> (obligatoriskt)</span> : null}
      </label>
      {hint ? (
        <div className="field__hint" id={hintId}>
          {hint}
        </div>
      ) : null}
      {error ? (
        <p className="field__error" id={errorId}>
          <span className="visually-hidden">Fel: </span>
          {error}
        </p>
      ) : null}
      {children({
        id,
        ...(describedBy ? { 'aria-describedby': describedBy } : {}),
        ...(error ? { 'aria-invalid': true as const } : {}),
        ...(required ? { 'aria-required': true as const } : {}),
      })}
    </div>
  );
};

type TextFieldProps = Omit<FormFieldProps, 'children'> &
  Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'required'> & { readonly ref?: Ref<HTMLInputElement> };

export const TextField = ({ label, hint, error, required, className, ...input }: TextFieldProps) => (
  <FormField label={label} hint={hint} error={error ?? null} required={required ?? false}>
    {(control) => <input {...input} {...control} className={['input', className].filter(Boolean).join(' ')} />}
  </FormField>
);

type TextAreaProps = Omit<FormFieldProps, 'children'> &
  Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'required'> & { readonly ref?: Ref<HTMLTextAreaElement> };

export const TextArea = ({ label, hint, error, required, className, rows = 4, ...textarea }: TextAreaProps) => (
  <FormField label={label} hint={hint} error={error ?? null} required={required ?? false}>
    {(control) => <textarea rows={rows} {...textarea} {...control} className={['input', 'input--textarea', className].filter(Boolean).join(' ')} />}
  </FormField>
);
