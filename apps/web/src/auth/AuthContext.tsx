import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, onSignedOutByServer } from '../api/api';
import { setCurrentSession, type Session } from '../api/session';

/** Why the sign-in page is shown, so it can say so. */
export type SignInReason = 'signedOut' | 'expired';

export interface SignInState {
  readonly from?: string;
  readonly reason?: SignInReason;
}

interface Auth {
  /** Null when signed out; undefined while the page still asks the server (the cookie is not readable here). */
  readonly session: Session | null | undefined;
  /** Why the last session ended here, so a page that needed it can tell the sign-in page. */
  readonly ended: SignInReason | undefined;
  signIn(username: string, password: string): Promise<Session>;
  signOut(): Promise<void>;
}

const AuthContext = createContext<Auth | null>(null);

export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [ended, setEnded] = useState<SignInReason | undefined>(undefined);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();

  /**
   * A sign-in or sign-out starts the tab afresh; finding the session on load (a reload) keeps the
   * tab's last position, so the reloaded page still includes what the tab wrote.
   */
  const adopt = useCallback(
    (next: Session | null, found = false) => {
      setCurrentSession(next);
      if (!found) api.forgetPositions();
      queryClient.clear();
      setSession(next);
    },
    [queryClient],
  );

  // The session cookie is shared by every tab: a new tab asks the server who is signed in.
  useEffect(() => {
    let live = true;
    api
      .get<Session>('/auth/session')
      .then(({ data }) => live && adopt(data, true))
      // 401: no session. Anything else (the server unreachable) also shows the sign-in page, which says so when used.
      .catch(() => live && adopt(null));
    return () => {
      live = false;
    };
  }, [adopt]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const { data } = await api.request<Session>('/auth/session', { method: 'POST', body: { username, password } });
      setEnded(undefined);
      adopt(data);
      return data;
    },
    [adopt],
  );

  const signOut = useCallback(async () => {
    // Revoked on the server, so the cookie is worthless even if copied; signed out here whatever it answers.
    await api.request('/auth/session', { method: 'DELETE' }).catch(() => undefined);
    setEnded('signedOut');
    adopt(null);
    navigate('/logga-in', { state: { reason: 'signedOut' } satisfies SignInState });
  }, [adopt, navigate]);

  // The API ended the session (idle too long, revoked, account disabled): back to sign-in, then back here.
  useEffect(
    () =>
      onSignedOutByServer(() => {
        setEnded('expired');
        adopt(null);
        navigate('/logga-in', { state: { reason: 'expired', from: location.pathname } satisfies SignInState });
      }),
    [adopt, navigate, location.pathname],
  );

  const value = useMemo(() => ({ session, ended, signIn, signOut }), [session, ended, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
};

export const useAuth = (): Auth => {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
};
