import { useCallback, useRef, useState, type FormEvent } from 'react';
import { flushSync } from 'react-dom';
import { problemMessageSv } from '../../api/problem';
import type { CommandResult } from './focus-area-data';

export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/** What a form says after it was sent: saved, refused by a rule (422), stale (412/409) or failed. */
export type Feedback =
  | { readonly kind: 'success'; readonly message: string }
  | { readonly kind: 'refused'; readonly message: string; readonly rule?: string }
  | { readonly kind: 'stale' }
  | { readonly kind: 'error'; readonly message: string };

export interface CommandFormOptions<F extends string> {
  /** The field a refusing rule is about, so the field is marked too (e.g. the due date of a measure). */
  readonly ruleFields?: Readonly<Record<string, F>>;
  /**
   * The Swedish names the domain's messages give the form's fields (`Fältet "vad" …`), so a refusal
   * about one field — a personnummer, a missing text — is shown at that field as well.
   */
  readonly namedFields?: Readonly<Record<string, F>>;
}

const NAMED_FIELD = /Fältet "([^"]+)"/;

/**
 * The life of one command form: client checks in Swedish first (the first invalid field takes
 * focus), then the command; a refusal by a rule keeps the rule's Swedish `detail` next to the form.
 * What the user typed is never cleared by a failure — only `onSuccess` may reset the form.
 */
export const useCommandForm = <F extends string>(options: CommandFormOptions<F> = {}) => {
  const formRef = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const [busy, setBusy] = useState(false);
  const { ruleFields, namedFields } = options;

  const focusFirstInvalid = () => {
    const invalid = formRef.current?.querySelector<HTMLElement>('[aria-invalid="true"]');
    invalid?.focus();
  };

  const submit = useCallback(
    async <T>(
      event: FormEvent<HTMLFormElement> | null,
      check: () => FieldErrors<F>,
      run: () => Promise<CommandResult<T>>,
      success: string,
      onSuccess?: (outcome: T) => void,
    ) => {
      event?.preventDefault();
      if (busy) return;
      const found = check();
      if (Object.keys(found).length > 0) {
        flushSync(() => {
          setErrors(found);
          setFeedback(null);
        });
        focusFirstInvalid();
        return;
      }
      setErrors({});
      setFeedback(null);
      setBusy(true);
      const result = await run();
      setBusy(false);
      if (result.ok) {
        setFeedback({ kind: 'success', message: success });
        onSuccess?.(result.outcome);
        return;
      }
      const { problem } = result;
      if (result.stale) {
        setFeedback({ kind: 'stale' });
      } else if (problem.status === 422) {
        const message = problem.detail ?? problemMessageSv(problem);
        setFeedback({ kind: 'refused', message, ...(problem.rule ? { rule: problem.rule } : {}) });
        const named = NAMED_FIELD.exec(message)?.[1];
        const field = (problem.rule ? ruleFields?.[problem.rule] : undefined) ?? (named ? namedFields?.[named] : undefined);
        if (field) setErrors({ [field]: message } as FieldErrors<F>);
      } else {
        setFeedback({ kind: 'error', message: problemMessageSv(problem) });
      }
    },
    [busy, ruleFields, namedFields],
  );

  /** Forgets an error as soon as the user changes the field it was about. */
  const clearError = useCallback((field: F) => setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current)), []);

  return { formRef, errors, feedback, busy, submit, clearError, setFeedback };
};
