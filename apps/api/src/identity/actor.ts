/** The authenticated user behind a request: who, never what they may do in an agreement. */
export interface Actor {
  readonly userId: string;
  readonly displayName: string;
  readonly administrator: boolean;
}

/**
 * Who may see an agreement: an administrator sees every one; anyone else only those they are a
 * member of (`isMember`, answered from the stream for commands and from the directory for queries).
 */
export const maySeeAgreement = (actor: Actor, isMember: (userId: string) => boolean): boolean => actor.administrator || isMember(actor.userId);
