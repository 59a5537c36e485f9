import type { SignInEvidence } from './external-sign-in.js';

/** The authenticated user behind a request: who, never what they may do in an agreement. */
export interface Actor {
  /** The account's id: what the event log names as actorId and role assignments as userId. */
  readonly userId: string;
  readonly displayName: string;
  readonly administrator: boolean;
  /** How this request's maker signed in; every event they cause records it. */
  readonly signIn: SignInEvidence;
}

/**
 * Who may see an agreement: an administrator sees every one; anyone else only those they are a
 * member of (`isMember`, answered from the stream for commands and from the directory for queries).
 */
export const maySeeAgreement = (actor: Actor, isMember: (userId: string) => boolean): boolean => actor.administrator || isMember(actor.userId);
