import type { Response } from 'express';

/**
 * How a person proved who they are. It travels with the actor of a request and is kept in the
 * metadata of every event they cause, so an auditor can see that a council decision followed a
 * strong sign-in (issuer and assurance level), without any personal data in the log.
 */
export interface SignInEvidence {
  readonly method: 'password' | 'oidc';
  /** The OpenID provider's issuer identifier (`oidc` only). */
  readonly issuer?: string;
  /** Authentication context class the provider reported (`acr`), e.g. `http://id.elegnamnden.se/loa/1.0/loa3`. */
  readonly acr?: string;
  /** Authentication methods the provider reported (`amr`), e.g. `["pwd","mfa"]`. */
  readonly amr?: readonly string[];
}

/** What an OpenID provider vouched for, after the relying party verified it (state, nonce, PKCE, signature, issuer). */
export interface ExternalIdentity {
  readonly issuer: string;
  readonly subject: string;
  readonly email?: string;
  readonly emailVerified?: boolean;
  readonly name?: string;
  readonly acr?: string;
  readonly amr?: readonly string[];
}

export type ExternalSignInResult =
  /** Linked to an enabled account; a browser session was started on the response (cookie set). */
  | { readonly kind: 'signed-in'; readonly accountId: string }
  /** First sign-in of an unknown person: recorded for an administrator to approve; no session. */
  | { readonly kind: 'awaiting-approval' }
  /** Linked, but the account may not sign in (disabled or removed); no session. */
  | { readonly kind: 'refused'; readonly reason: 'account-disabled'; readonly detail: string };

/**
 * The seam between the OpenID relying party (apps/api/src/identity/oidc) and the accounts: the
 * relying party proves an identity, the accounts decide which account it is and start the session.
 */
export abstract class ExternalSignIn {
  abstract complete(identity: ExternalIdentity, response: Response): Promise<ExternalSignInResult>;
}

/** A sign-in button on the sign-in page: an identity provider the municipality configured. */
export interface SignInProviderOption {
  readonly id: string;
  /** The button's text, e.g. "Logga in med Lomma kommuns konto" or "Logga in med e-legitimation". */
  readonly name: string;
  /** Where the browser goes to start it, e.g. `/api/auth/oidc/entra/start`. */
  readonly startUrl: string;
}

/** The configured identity providers; provided by the OIDC module, absent when none is configured. */
export abstract class SignInProviders {
  abstract list(): readonly SignInProviderOption[];
}
