import type { EventMetadata } from '@samverkan/shared-kernel';
import type { ChainVerification } from './hash-chain.js';

/**
 * The event store port. The SQLite adapter is the default; a KurrentDB adapter implements the same
 * port. Positions are opaque strings so that each adapter can encode its own (SQLite: a row id;
 * KurrentDB: commit/prepare positions).
 */
export type Position = string & { readonly __brand: 'Position' };

/**
 * Revisions count from 0 (the first event of a stream has revision 0), as in KurrentDB.
 * `no_stream`: the stream must not exist; `stream_exists`: it must; a number: its last event must be
 * at that revision; `any`: no check.
 */
export type ExpectedRevision = 'no_stream' | 'stream_exists' | 'any' | number;

export interface EventToAppend {
  /** A unique id for the event, given by the caller (ids are made at the edge, not in the store). */
  readonly eventId: string;
  readonly type: string;
  readonly schemaVersion: number;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

export interface StoredEvent extends EventToAppend {
  readonly streamId: string;
  readonly revision: number;
  readonly position: Position;
}

export interface AppendResult {
  /** The revision of the last event written: what the caller expects next time. */
  readonly nextExpectedRevision: number;
  /** The global position of the last event written (for read-your-writes). */
  readonly position: Position;
}

export interface ReadAllOptions {
  /** Read events strictly after this position; from the beginning when absent. */
  readonly after?: Position;
  readonly maxCount?: number;
}

export interface Subscription {
  close(): Promise<void>;
}

export type SubscriptionHandler = (event: StoredEvent) => void | Promise<void>;

export interface ReadStreamOptions {
  readonly fromRevision?: number;
  readonly maxCount?: number;
  /** `forwards` (the default): oldest first; `backwards`: newest first. */
  readonly direction?: 'forwards' | 'backwards';
}

export interface EventStore {
  /**
   * Appends atomically (all the events or none) if the stream is at the expected revision, else
   * throws WrongExpectedRevisionError. Event ids are unique in the whole store: an append that
   * repeats one that is already stored (a client's retry after a lost answer) writes nothing and
   * answers as the first did; any other reuse of a stored id throws DuplicateEventIdError (the
   * rule, for every adapter: stored-event-ids.ts).
   */
  appendToStream(streamId: string, events: readonly EventToAppend[], options: { readonly expectedRevision: ExpectedRevision }): Promise<AppendResult>;
  /**
   * Events of a stream in revision order, from `fromRevision` (default 0), at most `maxCount`
   * (default all); an empty array when the stream does not exist. `backwards` reads newest first,
   * from `fromRevision` (default: the last event) down, as KurrentDB's backwards read does: a
   * query asks only for a stream's last event, to know how far the read models must have come.
   */
  readStream(streamId: string, options?: ReadStreamOptions): Promise<StoredEvent[]>;
  /** Events of every stream in global order. */
  readAll(options?: ReadAllOptions): Promise<StoredEvent[]>;
  /** Delivers every event after `after` (all when absent) in global order, then new ones as they are appended. */
  subscribeToAll(options: { readonly after?: Position }, handler: SubscriptionHandler): Subscription;
  /** Orders two positions of this store: negative, zero or positive. */
  comparePositions(a: Position, b: Position): number;
  close(): Promise<void>;
}

/**
 * A store that walks its own hash chain: every adapter is one. Not on the port that commands use,
 * since only operators verify. When the chain holds, `last` names its head: two logs with the same
 * events in the same order end in the same hash, whichever store holds them.
 */
export interface VerifiableEventStore extends EventStore {
  verify(): Promise<ChainVerification>;
}

/**
 * What a store may offer besides the port, to replay its log a group of streams at a time: the
 * SQLite read store's catch-up from zero reads it agreement by agreement, so the documents being
 * worked on are one agreement's few, not every agreement's (README, "Catch-up agreement by
 * agreement"). Optional: the SQLite and PostgreSQL stores offer it; a runner asks
 * `readsStreamGroups` and reads the log in global order from a store that does not (KurrentDB).
 */
export interface StreamGroupReads {
  /** The position of the log's last event; undefined while the log is empty. */
  headPosition(): Promise<Position | undefined>;
  /** The events of these types at or before `upTo`, in global order. */
  readTypes(types: readonly string[], options: { readonly upTo: Position }): Promise<StoredEvent[]>;
  /** Every stream with an event at or before `upTo`. */
  streamIds(options: { readonly upTo: Position }): Promise<string[]>;
  /**
   * The events of each group of streams at or before `upTo`, group after group, each group's in
   * global order, in pages of at most `maxCount`; a group's last page says so (it may be empty).
   * A store may read ahead while the caller applies a page; leaving the loop stops the reading.
   */
  readStreamGroups(
    groups: readonly (readonly string[])[],
    options: { readonly upTo: Position; readonly maxCount: number },
  ): AsyncIterable<StreamGroupPage>;
}

/** A page of `readStreamGroups`: events of the group at index `group`, in global order. */
export interface StreamGroupPage {
  readonly group: number;
  readonly events: readonly StoredEvent[];
  /** The group's last page. */
  readonly last: boolean;
}

export const readsStreamGroups = (store: EventStore): store is EventStore & StreamGroupReads =>
  typeof (store as Partial<StreamGroupReads>).readStreamGroups === 'function';

export const EVENT_STORE = Symbol('EventStore');
