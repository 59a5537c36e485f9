import {
  ANY,
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  NO_STREAM,
  START,
  STREAM_EXISTS,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamRecordedEvent,
  type AppendExpectedRevision,
  type Position as KurrentPosition,
} from '@eventstore/db-client';
import { WrongExpectedRevisionError } from '../../errors.js';
import type {
  AppendResult,
  EventStore,
  EventToAppend,
  ExpectedRevision,
  Position,
  ReadAllOptions,
  ReadStreamOptions,
  StoredEvent,
  Subscription,
  SubscriptionHandler,
} from '../../event-store.port.js';
import { assertValidExpectedRevision, checkExpectedRevision } from '../../expected-revision.js';
import type { ChainVerification } from '../../hash-chain.js';
import { assertDistinctEventIds } from '../../stored-event-ids.js';
import { assertValidMaxCount } from '../../positions.js';
import { ChainSealer } from './kurrentdb-chain.js';
import { EventIdJudge } from './kurrentdb-event-ids.js';
import { isAfter, StreamNames, toKurrentEvent, toKurrentPosition } from './kurrentdb-envelope.js';
import { KurrentSubscription } from './kurrentdb-subscription.js';
import { verifyKurrentChain } from './kurrentdb-verify.js';

export interface KurrentDbEventStoreOptions {
  /** `esdb://host:2113?tls=true` (or `esdb+discover://…` for a cluster), as the client reads it. */
  readonly connectionString: string;
  /** Put before every stream name on the server, so that several stores can share one (default none). */
  readonly streamPrefix?: string;
}

/** $all pages read to fill one of our pages: system events and chain links are skipped. */
const ALL_PAGE = 512;

/**
 * The event store on KurrentDB/EventStoreDB through `@eventstore/db-client`. Every consistency
 * decision stays inside one stream (no multi-stream appends, which need a 25.1 server): the
 * server judges the expected revision of each append, atomically. An append is one round trip;
 * the hash chain is sealed just after it (see kurrentdb-chain.ts).
 */
export class KurrentDbEventStore implements EventStore {
  private readonly client: EventStoreDBClient;
  private readonly names: StreamNames;
  private readonly chain: ChainSealer;
  private readonly subscriptions = new Set<KurrentSubscription>();
  private readonly eventIds = new EventIdJudge((streamId, options) => this.readStream(streamId, options));

  constructor({ connectionString, streamPrefix }: KurrentDbEventStoreOptions) {
    this.client = EventStoreDBClient.connectionString(connectionString);
    this.names = new StreamNames(streamPrefix);
    this.chain = new ChainSealer(this.client, this.names.chainStream, (options) => this.readAll(options));
  }

  async appendToStream(
    streamId: string,
    events: readonly EventToAppend[],
    { expectedRevision }: { readonly expectedRevision: ExpectedRevision },
  ): Promise<AppendResult> {
    assertValidExpectedRevision(expectedRevision);
    assertDistinctEventIds(streamId, events);
    if (events.length === 0) return this.judgeEmptyAppend(streamId, expectedRevision);
    const proposed = events.map(toKurrentEvent); // throws before anything is sent
    const ids = events.map((event) => event.eventId);
    const answered = await this.eventIds.beforeAppend(streamId, ids, expectedRevision);
    if (answered) return answered;
    try {
      const result = await this.client.appendToStream(this.names.onServer(streamId), proposed, { expectedRevision: toKurrentExpected(expectedRevision) });
      const nextExpectedRevision = Number(result.nextExpectedRevision);
      // Should the server answer without a position (its answer to an idempotent retry may lack one), read it.
      const position = hasPosition(result.position)
        ? (String(result.position.commit) as Position)
        : await this.eventIds.positionAt(streamId, nextExpectedRevision);
      this.eventIds.rememberAppend(streamId, ids, { nextExpectedRevision, position });
      this.sealSoon();
      return { nextExpectedRevision, position };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const actual = typeof error.actualVersion === 'bigint' ? Number(error.actualVersion) : 'no_stream';
      // Refused: perhaps the server judged a retry or a reuse of ids in this stream its own way.
      return this.eventIds.afterRefusal(streamId, ids, expectedRevision, new WrongExpectedRevisionError(streamId, expectedRevision, actual));
    }
  }

  async readStream(streamId: string, { fromRevision, maxCount, direction = 'forwards' }: ReadStreamOptions = {}): Promise<StoredEvent[]> {
    assertValidMaxCount(maxCount);
    if (maxCount === 0) return [];
    const backwards = direction === 'backwards';
    const from = fromRevision === undefined ? (backwards ? END : START) : BigInt(fromRevision);
    const read: StoredEvent[] = [];
    try {
      for await (const resolved of this.client.readStream(this.names.onServer(streamId), {
        fromRevision: from,
        direction: backwards ? BACKWARDS : FORWARDS,
        ...(maxCount === undefined ? {} : { maxCount }),
      })) {
        if (resolved.event) read.push(this.names.toStoredEvent(resolved.event));
      }
    } catch (error) {
      if (error instanceof StreamNotFoundError) return [];
      throw error;
    }
    return read;
  }

  async readAll({ after, maxCount = Number.MAX_SAFE_INTEGER }: ReadAllOptions = {}): Promise<StoredEvent[]> {
    assertValidMaxCount(maxCount);
    const read: StoredEvent[] = [];
    let cursor = after === undefined ? undefined : toKurrentPosition(after);
    while (read.length < maxCount) {
      const page = await this.readAllPage(cursor);
      for (const recorded of page) {
        // A read of $all from a position includes the event at it: we read strictly after.
        if (cursor && !isAfter(recorded.position, cursor)) continue;
        if (!this.names.isApplicationEvent(recorded)) continue;
        const event = this.names.toStoredEvent(recorded);
        this.eventIds.rememberRead(event);
        if (read.push(event) === maxCount) break;
      }
      if (page.length < ALL_PAGE) break;
      cursor = page.at(-1)!.position;
    }
    return read;
  }

  subscribeToAll({ after }: { readonly after?: Position }, handler: SubscriptionHandler): Subscription {
    const stream = this.client.subscribeToAll({ fromPosition: after === undefined ? START : toKurrentPosition(after) });
    const subscription = new KurrentSubscription(
      stream,
      this.names,
      handler,
      (event) => this.eventIds.rememberRead(event),
      (closed) => this.subscriptions.delete(closed),
    );
    this.subscriptions.add(subscription);
    return subscription.start();
  }

  comparePositions(a: Position, b: Position): number {
    const difference = BigInt(a) - BigInt(b);
    return difference < 0n ? -1 : difference > 0n ? 1 : 0;
  }

  /** Resolves once every event appended before the call is covered by the hash chain. */
  seal(): Promise<void> {
    return this.chain.seal();
  }

  /** Seals what is not yet sealed, then walks the whole chain. */
  async verify(): Promise<ChainVerification> {
    await this.seal();
    return verifyKurrentChain(await this.chain.readLinks(), (options) => this.readAll(options));
  }

  /** Seals what this instance appended, then closes subscriptions and the connection. */
  async close(): Promise<void> {
    try {
      await this.seal();
    } finally {
      await Promise.allSettled([...this.subscriptions].map((subscription) => subscription.close()));
      await this.client.dispose();
    }
  }

  private async readAllPage(from: KurrentPosition | undefined): Promise<AllStreamRecordedEvent[]> {
    const page: AllStreamRecordedEvent[] = [];
    for await (const resolved of this.client.readAll({ fromPosition: from ?? START, maxCount: ALL_PAGE })) {
      if (resolved.event) page.push(resolved.event);
    }
    return page;
  }

  /** An empty append writes nothing but still answers for the revision, from the stream's last event. */
  private async judgeEmptyAppend(streamId: string, expectedRevision: ExpectedRevision): Promise<AppendResult> {
    const [last] = await this.readStream(streamId, { direction: 'backwards', maxCount: 1 });
    checkExpectedRevision(streamId, expectedRevision, last?.revision);
    return { nextExpectedRevision: last?.revision ?? -1, position: last?.position ?? ('0' as Position) };
  }

  /**
   * Seals in the background: the append is acknowledged without waiting. A failed pass is not
   * lost: the next append, `verify()` and `close()` seal again from the chain's head, and the last
   * two report the failure.
   */
  private sealSoon(): void {
    this.chain.seal().catch(() => undefined);
  }
}

/** An answer's position, unless absent or the "none" a server may send as -1 (read as 2^64 - 1). */
function hasPosition(position: KurrentPosition | undefined): position is KurrentPosition {
  return position !== undefined && position.commit !== 0xffff_ffff_ffff_ffffn;
}

function toKurrentExpected(expected: ExpectedRevision): AppendExpectedRevision {
  switch (expected) {
    case 'any':
      return ANY;
    case 'no_stream':
      return NO_STREAM;
    case 'stream_exists':
      return STREAM_EXISTS;
    default:
      return BigInt(expected);
  }
}
