import type { ChangeEvent, FormEvent } from 'react';
import type { CommandOutcome } from '../../api/client';
import { useFocusAreaPage } from './FocusAreaContext';
import { useCommandForm, type CommandFormOptions, type Feedback, type FieldErrors } from './useCommandForm';

export type { FieldErrors };

/** One command a form of the focus-area page sends, and what happens around it. */
export interface FocusAreaFormCommand<F extends string, T extends CommandOutcome = CommandOutcome> {
  /** The form's own checks, in Swedish; nothing is sent while one fails. */
  readonly check: () => FieldErrors<F>;
  readonly method: 'POST' | 'PUT' | 'DELETE';
  /** Under the focus area: `/conclusion`, `/measures/{id}` … */
  readonly path: string;
  /** The command's body, built only once the checks have passed. */
  readonly body?: () => unknown;
  /** Said beside the form once saved; left out when the caller says it elsewhere (`onSaved`). */
  readonly success?: string;
  /** After the save: reset the form, close it, tell the section. */
  readonly onSuccess?: (outcome: T) => void;
}

/**
 * A form of the focus-area page: the command with the page's If-Match (FocusAreaContext's `send`),
 * the life of the form (useCommandForm: checks, refusals at their field, 412/409 as "stale", what
 * the user typed kept), and the props every such `<form>` carries.
 */
export const useFocusAreaForm = <F extends string>(options: CommandFormOptions<F> = {}) => {
  const { send } = useFocusAreaPage();
  const form = useCommandForm<F>(options);

  const sendCommand = <T extends CommandOutcome>(event: FormEvent<HTMLFormElement> | null, command: FocusAreaFormCommand<F, T>) =>
    form.submit(event, command.check, () => send<T>(command.method, command.path, command.body?.()), command.success ?? '', command.onSuccess);

  return {
    errors: form.errors,
    feedback: form.feedback,
    /** The feedback without "saved", for a form whose section says that itself. */
    problems: (form.feedback?.kind === 'success' ? null : form.feedback) as Feedback | null,
    busy: form.busy,
    clearError: form.clearError,
    /** Sends without a form (a remove button): no checks. */
    send: <T extends CommandOutcome>(command: Omit<FocusAreaFormCommand<F, T>, 'check'>) => sendCommand(null, { ...command, check: () => ({}) }),
    /** The `<form>`'s props: our Swedish checks instead of the browser's, the page's form style, the command on submit. */
    formProps: <T extends CommandOutcome>(command: FocusAreaFormCommand<F, T>) => ({
      ref: form.formRef,
      noValidate: true,
      className: 'fap-form',
      onSubmit: (event: FormEvent<HTMLFormElement>) => void sendCommand(event, command),
    }),
    /** A choice's onChange (a select, a radio group): keeps the value and forgets the field's error. */
    onValue: (field: F, set: (value: string) => void) => (value: string) => {
      set(value);
      form.clearError(field);
    },
    /** A text control's onChange: keeps the value and forgets the field's error. */
    onText: (field: F, set: (value: string) => void) => (event: ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => {
      set(event.target.value);
      form.clearError(field);
    },
  };
};
