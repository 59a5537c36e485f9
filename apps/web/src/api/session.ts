/**
 * The signed-in user's bearer token, kept in sessionStorage: it lives as long as the browser tab,
 * is not shared with other tabs, and is gone when the tab closes (a shared office computer).
 */
export interface Session {
  readonly accessToken: string;
  readonly userId: string;
  readonly displayName: string;
  readonly administrator: boolean;
  /** Epoch milliseconds; a token past it is treated as signed out without asking the server. */
  readonly expiresAt: number;
}

const KEY = 'samverkan.session';

export const readSession = (now = Date.now()): Session | null => {
  try {
    const raw = sessionStorage.getItem(KEY);
    if (!raw) return null;
    const session = JSON.parse(raw) as Session;
    return typeof session.accessToken === 'string' && session.expiresAt > now ? session : null;
  } catch {
    return null;
  }
};

export const writeSession = (session: Session): void => sessionStorage.setItem(KEY, JSON.stringify(session));

export const clearSession = (): void => sessionStorage.removeItem(KEY);
