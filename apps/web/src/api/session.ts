import type { components } from './generated/schema';

/**
 * Who is signed in, as GET /api/auth/session answered. The session itself lives on the server
 * behind an HttpOnly cookie that every tab shares; the page keeps only this, in memory, and the
 * CSRF token its writes must carry. Nothing is kept in web storage: a script cannot steal the session.
 */
export type Session = components['schemas']['SessionView'];

let current: Session | null = null;

export const currentSession = (): Session | null => current;

export const setCurrentSession = (session: Session | null): void => {
  current = session;
};
