import type { Request } from 'express';

/**
 * The routes that check a password: the bearer-token sign-in for API clients and the browser's
 * session sign-in, both with `{ username, password }`. The sign-in limits apply by this list, so a
 * new sign-in route is limited by adding its path here.
 */
export const SIGN_IN_PATHS: readonly string[] = ['/api/auth/token', '/api/auth/session'];

/**
 * A sign-in through an identity provider: its start and the provider's answer. They check no
 * password here, but each costs a round trip to the provider and a first sign-in leaves a name for
 * an administrator to see, so they count against the address's sign-ins too.
 */
const PROVIDER_SIGN_IN = /^\/api\/auth\/oidc\/[^/]+\/(start|callback)\/?$/;

export const isSignIn = (req: Request): boolean =>
  (req.method === 'POST' && SIGN_IN_PATHS.includes(req.path.replace(/\/+$/, ''))) || (req.method === 'GET' && PROVIDER_SIGN_IN.test(req.path));

/** The account a sign-in names, as the accounts know it (usernames are compared trimmed, in lower case). */
export const usernameOf = (req: Request): string | undefined => {
  const username = (req.body as { username?: unknown } | undefined)?.username;
  return typeof username === 'string' && username.length <= 200 ? username.trim().toLowerCase() : undefined;
};
