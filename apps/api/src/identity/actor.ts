/** The authenticated user behind a request: who, never what they may do in an agreement. */
export interface Actor {
  readonly userId: string;
  readonly displayName: string;
  readonly administrator: boolean;
}
