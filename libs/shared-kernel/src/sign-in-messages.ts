/**
 * What the sign-in page says when a sign-in through an identity provider comes back without a
 * session. The API redirects to `/logga-in?fel=<code>` or `/logga-in?status=<code>`; the web app
 * reads the Swedish text here, through its `@samverkan/sign-in-messages` alias. The codes are part
 * of the web's URLs: add, do not rename. This file imports nothing, so the browser bundle takes only
 * the words.
 */
export const SIGN_IN_FAILURES = {
  /** The person cancelled or was refused at the provider (`error=access_denied`). */
  'inloggningen-avbrots': 'Inloggningen avbröts hos inloggningstjänsten.',
  /** No valid transaction cookie: it expired (10 minutes), was never set, or the flow began in another browser. */
  'inloggningen-gick-ut': 'Inloggningen tog för lång tid eller påbörjades i en annan webbläsare. Försök igen.',
  /** The answer did not verify: state, nonce, issuer, signature or PKCE. */
  'ogiltigt-svar': 'Svaret från inloggningstjänsten kunde inte verifieras. Försök igen.',
  /** The provider refused the code: used before, or too old. */
  'koden-ogiltig': 'Inloggningen kunde inte slutföras eftersom koden redan använts eller är för gammal. Försök igen.',
  /** The provider's `acr` is below the configured minimum. */
  'for-svag-inloggning': 'Inloggningen var inte tillräckligt stark. Logga in med e-legitimation.',
  /** Discovery or the token request failed, or the provider sent another error. */
  'tjansten-svarar-inte': 'Inloggningstjänsten svarar inte som den ska just nu. Försök igen senare.',
  /** The account linked to the identity may not sign in (ExternalSignIn refused it). */
  'konto-avstangt': 'Kontot är avstängt. Kontakta en administratör.',
} as const;

export type SignInFailureCode = keyof typeof SIGN_IN_FAILURES;

/** Not a failure: a first sign-in of a person no administrator has linked to an account yet. */
export const SIGN_IN_STATUSES = {
  'vantar-godkannande':
    'Du är inloggad hos inloggningstjänsten, men ditt konto i Samverkan är inte godkänt ännu. En administratör behöver godkänna det; logga in igen när du har fått besked.',
} as const;

export type SignInStatusCode = keyof typeof SIGN_IN_STATUSES;

/** The text for a `fel` or `status` code in the sign-in page's address; nothing for a code it does not know. */
export const signInMessage = (kind: 'fel' | 'status', code: string | null): string | undefined => {
  if (code === null) return undefined;
  const table: Record<string, string> = kind === 'fel' ? SIGN_IN_FAILURES : SIGN_IN_STATUSES;
  return Object.hasOwn(table, code) ? table[code] : undefined;
};
