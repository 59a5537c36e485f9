import { ApiClient } from './client';
import { tabPositions } from './positions';
import { currentSession, setCurrentSession } from './session';

type Listener = () => void;
const signedOutListeners = new Set<Listener>();

/** Tells the app when the API ended the session (idle, revoked, account disabled), so it can show the sign-in page. */
export const onSignedOutByServer = (listener: Listener): (() => void) => {
  signedOutListeners.add(listener);
  return () => signedOutListeners.delete(listener);
};

/**
 * The one client the app uses: same origin, so `/api` reaches the server that served the page, and
 * the session cookie goes along. The tab's last position survives a reload (sessionStorage).
 */
export const api = new ApiClient({
  positions: tabPositions(),
  csrfToken: () => currentSession()?.csrfToken ?? null,
  signedIn: () => currentSession() !== null,
  onUnauthorized: () => {
    setCurrentSession(null);
    for (const listener of signedOutListeners) listener();
  },
});
