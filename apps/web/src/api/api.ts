import { ApiClient } from './client';
import { clearSession, readSession } from './session';

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

/** Tells the app when the API refused the token (expired or revoked), so it can show the sign-in page. */
export const onSignedOutByServer = (listener: Listener): (() => void) => {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
};

/** The one client the app uses: same origin, so `/api` reaches the server that served the page. */
export const api = new ApiClient({
  token: () => readSession()?.accessToken ?? null,
  onUnauthorized: () => {
    clearSession();
    for (const listener of signedOutListeners) listener();
  },
});
