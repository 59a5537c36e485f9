import { useState, type FormEvent } from 'react';
import { api } from '../../api/api';
import { useAuth } from '../../auth/AuthContext';
import { Button, LiveRegion, PageHeading, ProblemMessage, TextField } from '../../ui';
import { isTooShort, MIN_PASSWORD_LENGTH, NewPasswordField } from './NewPasswordField';
import { NotificationSettingsSection } from './NotificationSettingsSection';

/** Mitt konto: who you are signed in as, and changing your own password. */
export default function MyAccountPage() {
  const { session } = useAuth();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const [saved, setSaved] = useState('');

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailure(null);
    setSaved('');
    const problem = isTooShort(next) ? `Det nya lösenordet måste ha minst ${MIN_PASSWORD_LENGTH} tecken.` : null;
    setError(problem);
    if (problem) return;
    setBusy(true);
    try {
      await api.request('/auth/password', { method: 'PUT', body: { currentPassword: current, newPassword: next } });
      setCurrent('');
      setNext('');
      setSaved('Ditt lösenord är bytt.');
    } catch (caught) {
      setFailure(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <div className="narrow">
      <PageHeading title="Mitt konto" />
      <p>
        Inloggad som <strong>{session?.displayName}</strong>
        {session?.signIn.method === 'oidc' ? ' via din organisations inloggning' : ' med lösenord'}.
      </p>
      <h2>Byt lösenord</h2>
      <LiveRegion message={saved} visible />
      <ProblemMessage error={failure} title="Lösenordet kunde inte bytas" />
      <form className="form card" onSubmit={submit} noValidate aria-label="Byt lösenord">
        <TextField
          label="Nuvarande lösenord"
          name="current-password"
          type="password"
          autoComplete="current-password"
          required
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
        />
        <NewPasswordField value={next} error={error} onChange={(e) => setNext(e.target.value)} />
        <Button type="submit" busy={busy}>
          Byt lösenord
        </Button>
      </form>
      <NotificationSettingsSection />
    </div>
  );
}
