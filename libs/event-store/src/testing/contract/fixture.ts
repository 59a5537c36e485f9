import { randomUUID } from 'node:crypto';
import type { EventMetadata } from '@samverkan/shared-kernel';
import type { EventStore, EventToAppend, ExpectedRevision, Position } from '../../event-store.port.js';
import type { ChainVerification } from '../../hash-chain.js';

/** What an adapter hands the contract for one test: an empty store and how to dispose of it. */
export interface EventStoreFixture {
  readonly store: EventStore;
  cleanup(): Promise<void>;
  /** Capability `tamperEvidence`: access behind the store's back, as someone with the files has. */
  readonly tamper?: TamperHooks;
  /** Capability `multiProcess`: appenders running in other OS processes against the same store. */
  readonly otherProcesses?: OtherProcesses;
}

export type CreateEventStoreFixture = () => Promise<EventStoreFixture>;

/** Which optional parts of the contract an adapter claims; claimed ones fail if the hook is missing. */
export interface ContractCapabilities {
  readonly tamperEvidence?: boolean;
  readonly multiProcess?: boolean;
}

export interface TamperHooks {
  verify(): Promise<ChainVerification>;
  editData(position: Position, data: unknown): Promise<void>;
  deleteEvent(position: Position): Promise<void>;
  /** Exchanges the stored events at two positions. */
  swapEvents(a: Position, b: Position): Promise<void>;
}

export interface OtherProcesses {
  /** Starts an appender in a new OS process; resolves once it has opened the store. */
  startAppender(): Promise<RemoteAppender>;
}

export interface RemoteAppendRequest {
  readonly streamId: string;
  readonly expectedRevision: ExpectedRevision;
  readonly event: EventToAppend;
  /** Wall-clock instant (ms since the epoch) at which to start: a barrier shared by processes. */
  readonly startAt: number;
}

export type RemoteAppendOutcome = (
  | { readonly kind: 'appended'; readonly nextExpectedRevision: number }
  | { readonly kind: 'conflict'; readonly actual: number | 'no_stream' }
) & {
  /** Wall-clock instant (ms, sub-millisecond precision) at which the append started. */
  readonly startedAt: number;
};

export interface RemoteAppender {
  /** Rejects on any failure other than a wrong-expected-revision conflict. */
  append(request: RemoteAppendRequest): Promise<RemoteAppendOutcome>;
  /** Appends `count` events one at a time to its own stream from the shared instant `startAt`, each expecting the last. */
  burst(streamId: string, count: number, startAt: number): Promise<void>;
  stop(): Promise<void>;
}

const metadata: EventMetadata = {
  actorId: 'user-contract',
  actorRole: 'coordinator',
  occurredAt: '2025-03-01T09:00:00.000Z',
  correlationId: 'correlation-contract',
};

/** Event ids are UUIDs: KurrentDB requires them. */
export function anEvent(data: unknown = { n: 0 }, type = 'ContractEventRecorded'): EventToAppend {
  return { eventId: randomUUID(), type, schemaVersion: 1, data, metadata };
}

export function events(count: number, label = 'e'): EventToAppend[] {
  return Array.from({ length: count }, (_, n) => anEvent({ label, n }));
}

/** Polls until `condition` holds; fails with `description` after `timeoutMs`. */
export async function waitFor(condition: () => boolean, description: string, timeoutMs = 5000): Promise<void> {
  // A monotonic clock: a wall-clock step (NTP) must not cut the wait short or stretch it.
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`Timed out waiting for ${description}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
