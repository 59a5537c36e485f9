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
  /**
   * A refusal (422) names the request field its rule is about (`field`, an API path such as
   * `dueDate` or `meeting.date`), and the form marks that field too. A form whose fields are named
   * as the request's need nothing here; this maps the paths of those named otherwise.
   */
  readonly apiFields?: Readonly<Record<string, F>>;
}

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
  const { apiFields } = options;

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
        const field = problem.field === undefined ? undefined : (apiFields?.[problem.field] ?? (problem.field as F));
        if (field) setErrors({ [field]: message } as FieldErrors<F>);
      } else {
        setFeedback({ kind: 'error', message: problemMessageSv(problem) });
      }
    },
    [busy, apiFields],
  );

  /** Forgets an error as soon as the user changes the field it was about. */
  const clearError = useCallback((field: F) => setErrors((current) => (current[field] ? { ...current, [field]: undefined } : current)), []);

  return { formRef, errors, feedback, busy, submit, clearError, setFeedback };
};
