import type { SignInFailureCode } from '@samverkan/shared-kernel';

/**
 * Why a sign-in through an identity provider did not complete. The browser is sent to
 * `/logga-in?fel=<code>` and the sign-in page shows the Swedish message (the codes and their texts
 * have one home, shared with the web app: libs/shared-kernel/src/sign-in-messages.ts); the log gets
 * the reason in English (never a token).
 */
export type { SignInFailureCode };

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
