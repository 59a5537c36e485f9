import { useRef, useState, type FormEvent } from 'react';
import { Link, Navigate, useLocation, useNavigate } from 'react-router';
import { ApiProblem } from '../api/problem';
import { Button, LiveRegion, PageHeading, ProblemMessage, TextField } from '../ui';
import { useAuth, type SignInState } from './AuthContext';

interface FieldErrors {
  username?: string;
  password?: string;
}

/** Logga in: username and password, checked here first so the errors are in Swedish and tied to each field. */
export const SignInPage = () => {
  const { session, signIn } = useAuth();
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as SignInState;
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  if (session && !busy) return <Navigate to={state.from ?? '/'} replace />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: FieldErrors = {
      ...(username.trim() ? {} : { username: 'Skriv ditt användarnamn.' }),
      ...(password ? {} : { password: 'Skriv ditt lösenord.' }),
    };
    setErrors(found);
    setFailure(null);
    if (found.username) return usernameRef.current?.focus();
    if (found.password) return passwordRef.current?.focus();
    setBusy(true);
    try {
      await signIn(username.trim(), password);
      navigate(state.from ?? '/', { replace: true });
    } catch (error) {
      setFailure(error);
      setBusy(false);
      window.setTimeout(() => failureRef.current?.focus(), 0);
    }
  };

  const reason =
    state.reason === 'expired' ? 'Din inloggning har gått ut. Logga in igen för att fortsätta.' : state.reason === 'signedOut' ? 'Du är utloggad.' : '';

  return (
    <div className="narrow">
      <PageHeading title="Logga in" />
      <LiveRegion message={reason} visible tone="info" />
      <p>Logga in med det användarnamn och lösenord du har fått för samverkansöverenskommelsen.</p>
      {failure ? (
        failure instanceof ApiProblem && failure.status === 401 ? (
          <div className="notice notice--error" role="alert" tabIndex={-1} ref={failureRef}>
            <p>Fel användarnamn eller lösenord. Kontrollera stavningen och försök igen.</p>
          </div>
        ) : (
          <ProblemMessage error={failure} title="Inloggningen misslyckades" ref={failureRef} />
        )
      ) : null}
      <form className="form card" onSubmit={submit} noValidate aria-label="Inloggning">
        <TextField
          ref={usernameRef}
          label="Användarnamn"
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          required
          value={username}
          error={errors.username ?? null}
          onChange={(e) => setUsername(e.target.value)}
        />
        <TextField
          ref={passwordRef}
          label="Lösenord"
          name="password"
          type="password"
          autoComplete="current-password"
          required
          value={password}
          error={errors.password ?? null}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" busy={busy}>
          Logga in
        </Button>
      </form>
      <details className="details">
        <summary>Demokonton</summary>
        <p>
          I demonstrationsmiljön har alla konton lösenordet <code>samverkan-demo</code>. Till exempel <code>lomma.samordnare</code> (samordnare),{' '}
          <code>lomma.rad.kommun</code> och <code>lomma.rad.polis</code> (det strategiska rådet) och <code>lomma.revisor</code> (revisor).
        </p>
      </details>
      <p>
        <Link to="/tillganglighet">Tillgänglighetsredogörelse</Link>
      </p>
    </div>
  );
};
