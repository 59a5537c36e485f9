import { useQueryClient } from '@tanstack/react-query';
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { api, onSignedOutByServer } from '../api/api';
import { clearSession, readSession, writeSession, type Session } from '../api/session';
import type { SignInResponse } from '../api/schema';

/** Why the sign-in page is shown, so it can say so. */
export type SignInReason = 'signedOut' | 'expired';

export interface SignInState {
  readonly from?: string;
  readonly reason?: SignInReason;
}

interface Auth {
  readonly session: Session | null;
  signIn(username: string, password: string): Promise<Session>;
  signOut(): void;
}

const AuthContext = createContext<Auth | null>(null);

/** A token a minute short of its expiry is treated as expired, so no request is sent on a dying token. */
const MARGIN_MS = 60_000;

export const AuthProvider = ({ children }: { children: ReactNode }) => {
  const [session, setSession] = useState<Session | null>(() => readSession());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();

  const forget = useCallback(() => {
    clearSession();
    api.forgetPositions();
    queryClient.clear();
    setSession(null);
  }, [queryClient]);

  const signIn = useCallback(
    async (username: string, password: string) => {
      const { data } = await api.request<SignInResponse>('/auth/token', { method: 'POST', body: { username, password } });
      const next: Session = {
        accessToken: data.accessToken,
        userId: data.userId,
        displayName: data.displayName,
        administrator: data.administrator,
        expiresAt: Date.now() + data.expiresIn * 1000 - MARGIN_MS,
      };
      queryClient.clear();
      api.forgetPositions();
      writeSession(next);
      setSession(next);
      return next;
    },
    [queryClient],
  );

  const signOut = useCallback(() => {
    forget();
    navigate('/logga-in', { state: { reason: 'signedOut' } satisfies SignInState });
  }, [forget, navigate]);

  // The API refused the token (it expired while the tab was open): back to sign-in, then back here.
  useEffect(
    () =>
      onSignedOutByServer(() => {
        forget();
        navigate('/logga-in', { state: { reason: 'expired', from: location.pathname } satisfies SignInState });
      }),
    [forget, navigate, location.pathname],
  );

  const value = useMemo(() => ({ session, signIn, signOut }), [session, signIn, signOut]);
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
};

export const useAuth = (): Auth => {
  const auth = useContext(AuthContext);
  if (!auth) throw new Error('useAuth outside AuthProvider');
  return auth;
};
