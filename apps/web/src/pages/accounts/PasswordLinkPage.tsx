import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { api } from '../../api/api';
import { Button, PageHeading, ProblemMessage, TextField } from '../../ui';
import { isTooShort, MIN_PASSWORD_LENGTH, NewPasswordField } from './NewPasswordField';

/** /losenord/:token — the one-time link an administrator gave: sets the password once, then sign in. */
export default function PasswordLinkPage() {
  const { token = '' } = useParams();
  const [password, setPassword] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState(false);
  const passwordRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    const problem = isTooShort(password)
      ? `Lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken.`
      : password !== repeat
        ? 'Lösenorden är inte lika.'
        : null;
    setError(problem);
    if (problem) return passwordRef.current?.focus();
    setBusy(true);
    try {
      await api.request('/auth/password-link', { method: 'POST', body: { token, newPassword: password } });
      setDone(true);
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  if (done) {
    return (
      <div className="narrow">
        <PageHeading title="Lösenordet är sparat" />
        <div className="notice notice--success" role="status">
          <p>Ditt lösenord är sparat. Länken går inte att använda igen.</p>
        </div>
        <p>
          <Link to="/logga-in">Logga in</Link>
        </p>
      </div>
    );
  }

  return (
    <div className="narrow">
      <PageHeading title="Välj lösenord" />
      <p>Välj ett lösenord för ditt konto. Länken fungerar en gång.</p>
      <ProblemMessage error={failure} title="Lösenordet kunde inte sparas" />
      <form className="form card" onSubmit={submit} noValidate aria-label="Välj lösenord">
        <NewPasswordField ref={passwordRef} value={password} error={error} onChange={(e) => setPassword(e.target.value)} />
        <TextField
          label="Upprepa lösenordet"
          name="repeat-password"
          type="password"
          autoComplete="new-password"
          required
          value={repeat}
          onChange={(e) => setRepeat(e.target.value)}
        />
        <Button type="submit" busy={busy}>
          Spara lösenord
        </Button>
      </form>
    </div>
  );
}
