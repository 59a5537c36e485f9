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
}

export const metadataFrom = (ctx: CommandContext, machineVersion?: string): EventMetadata => ({
  actorId: ctx.actorId,
  actorRole: ctx.actorRole,
  ...(ctx.onBehalfOfPartyId ? { onBehalfOfPartyId: ctx.onBehalfOfPartyId } : {}),
  occurredAt: ctx.now,
  correlationId: ctx.correlationId,
  ...(machineVersion ? { machineVersion } : {}),
});
