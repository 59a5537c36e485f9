import type { ChangeEventHandler, Ref } from 'react';
import { TextField } from '../../ui';

/**
 * The API's shortest password (MIN_PASSWORD_LENGTH, apps/api/src/identity/accounts/passwords.ts),
 * told before sending so a person need not send a short one; the API still judges.
 */
export const MIN_PASSWORD_LENGTH = 12;

export const isTooShort = (password: string): boolean => password.length < MIN_PASSWORD_LENGTH;

interface NewPasswordFieldProps {
  readonly value: string;
  readonly error: string | null;
  readonly onChange: ChangeEventHandler<HTMLInputElement>;
  readonly ref?: Ref<HTMLInputElement>;
}

/** "Nytt lösenord", the same on Mitt konto and on the one-time link's page. */
export const NewPasswordField = ({ value, error, onChange, ref }: NewPasswordFieldProps) => (
  <TextField
    ref={ref}
    label="Nytt lösenord"
    name="new-password"
    type="password"
    autoComplete="new-password"
    hint={`Minst ${MIN_PASSWORD_LENGTH} tecken.`}
    required
    value={value}
    error={error}
    onChange={onChange}
  />
);
