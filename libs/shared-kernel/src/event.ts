/**
 * How the actor signed in (password, or an OpenID provider with its assurance level): decision
 * evidence for an auditor. Never personal data: no names, no e-mail, no personal identity number.
 */
export interface SignInRecord {
  readonly method: 'password' | 'oidc';
  readonly issuer?: string;
  readonly acr?: string;
  readonly amr?: readonly string[];
}

/** Who acted, for whom, when and why: stored with every event, never derived inside the domain. */
export type Role = 'administrator' | 'coordinator' | 'councilRepresentative' | 'councilSubstitute' | 'auditor';

export interface EventMetadata {
  readonly actorId: string;
  readonly actorRole: Role;
  /** The party the actor acted on behalf of (council decisions always name one). */
  readonly onBehalfOfPartyId?: string;
  /** ISO-8601 instant, taken from the command (the API's clock), never from the domain. */
  readonly occurredAt: string;
  readonly correlationId: string;
  readonly causationId?: string;
  /** Version of the state machine that judged the event (see the cycle machine's `machineVersion`). */
  readonly machineVersion?: string;
  /** How the actor signed in; absent on events written before it was recorded and on the system's own. */
  readonly signIn?: SignInRecord;
}

/** A domain event as the domain produces it: a past-tense fact with a schema version. */
export interface DomainEvent<TType extends string = string, TData = unknown> {
  readonly type: TType;
  readonly schemaVersion: number;
  readonly data: TData;
}

/** What every command carries in from the edge: time, ids and the actor. */
export interface CommandContext {
  readonly actorId: string;
  readonly actorRole: Role;
  readonly onBehalfOfPartyId?: string;
  readonly now: string;
  readonly correlationId: string;
  readonly signIn?: SignInRecord;
}

export const metadataFrom = (ctx: CommandContext, machineVersion?: string): EventMetadata => ({
  actorId: ctx.actorId,
  actorRole: ctx.actorRole,
  ...(ctx.onBehalfOfPartyId ? { onBehalfOfPartyId: ctx.onBehalfOfPartyId } : {}),
  occurredAt: ctx.now,
  correlationId: ctx.correlationId,
  ...(machineVersion ? { machineVersion } : {}),
  ...(ctx.signIn ? { signIn: ctx.signIn } : {}),
});
