import { useQuery } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { signInMessage } from '@samverkan/sign-in-messages';
import { Link, Navigate, useLocation, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api/api';
import type { components } from '../api/generated/schema';
import { ApiProblem } from '../api/problem';
import { Button, LiveRegion, PageHeading, ProblemMessage, TextField } from '../ui';
import { useAuth, type SignInState } from './AuthContext';

interface FieldErrors {
  username?: string;
  password?: string;
}

type SignInOptions = components['schemas']['SignInOptionsView'];

/**
 * Logga in: one button per identity provider the municipality configured, and the username and
 * password form for local accounts, checked here first so the errors are in Swedish and tied to
 * each field. The demo password is shown only when the server runs in demo mode.
 */
export const SignInPage = () => {
  const { session, signIn } = useAuth();
  const options = useQuery({ queryKey: ['auth', 'options'], queryFn: async () => (await api.get<SignInOptions>('/auth/options')).data });
  const navigate = useNavigate();
  const state = (useLocation().state ?? {}) as SignInState;
  // An identity provider's sign-in that came back without a session says why in the address.
  const [query] = useSearchParams();
  const providerFailure = signInMessage('fel', query.get('fel'));
  const providerStatus = signInMessage('status', query.get('status'));
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [failure, setFailure] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const usernameRef = useRef<HTMLInputElement>(null);
  const passwordRef = useRef<HTMLInputElement>(null);
  const failureRef = useRef<HTMLDivElement>(null);

  if (session && !busy) return <Navigate to={state.from ?? '/'} replace />;
  const providers = options.data?.providers ?? [];
  const localAccounts = options.data?.localAccounts ?? true;
  const demo = options.data?.demo ?? null;

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
      {providerFailure ? (
        <div className="notice notice--error" role="alert">
          <p>{providerFailure}</p>
        </div>
      ) : null}
      {providerStatus ? (
        <div className="notice notice--info" role="status">
          <p>{providerStatus}</p>
        </div>
      ) : null}
      {providers.length > 0 ? (
        <ul className="sign-in__providers">
          {providers.map((provider) => (
            <li key={provider.id}>
              <a className="button button--primary" href={provider.startUrl}>
                {provider.name}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      {localAccounts ? <p>Logga in med det användarnamn och lösenord du har fått för samverkansöverenskommelsen.</p> : null}
      {failure ? (
        failure instanceof ApiProblem && failure.status === 401 ? (
          <div className="notice notice--error" role="alert" tabIndex={-1} ref={failureRef}>
            <p>Fel användarnamn eller lösenord. Kontrollera stavningen och försök igen.</p>
          </div>
        ) : (
          <ProblemMessage error={failure} title="Inloggningen misslyckades" ref={failureRef} />
        )
      ) : null}
      {localAccounts ? (
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
      ) : null}
      {demo ? (
        <details className="details">
          <summary>Demokonton</summary>
          <p>
            I demonstrationsmiljön har alla konton lösenordet <code>{demo.password}</code>. Till exempel <code>lomma.samordnare</code> (samordnare),{' '}
            <code>lomma.rad.kommun</code> och <code>lomma.rad.polis</code> (det strategiska rådet) och <code>lomma.revisor</code> (revisor).
          </p>
        </details>
      ) : null}
      <p>
        <Link to="/tillganglighet">Tillgänglighetsredogörelse</Link>
      </p>
    </div>
  );
};
