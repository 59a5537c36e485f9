/**
 * Why a sign-in through an identity provider did not complete. The browser is sent to
 * `/logga-in?fel=<code>` and the sign-in page shows the Swedish message; the log gets the reason
 * in English (never a token). The codes are part of the web's URLs: add, do not rename.
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

export class SignInFailure extends Error {
  constructor(
    readonly code: SignInFailureCode,
    /** For the log: what exactly failed, in English, without tokens. */
    readonly reason: string,
  ) {
    super(reason);
    this.name = 'SignInFailure';
  }
}
