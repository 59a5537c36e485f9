import {
  BACKWARDS,
  END,
  EventStoreDBClient,
  FORWARDS,
  jsonEvent,
  NO_STREAM,
  START,
  StreamNotFoundError,
  WrongExpectedVersionError,
} from '@eventstore/db-client';
import type { ReadAllOptions, StoredEvent } from '../../event-store.port.js';
import { canonicalEventBytes, chainHash, GENESIS_HASH } from '../../hash-chain.js';

/**
 * The hash chain where the server, not we, gives the global order. Events are appended freely (one
 * round trip); a sealer then covers the next events of $all, in commit order, with links written
 * to one bookkeeping stream. Each link names the event's ordinal in the chain (1, 2, 3 …: the
 * chain's `position`, so the hashes equal those of the same log in SQLite or PostgreSQL), its
 * commit position, its id and its hash. A sealer appends with the chain stream's last revision as
 * the expected revision: of two instances sealing at once one wins and the other re-reads the head,
 * so no coordination service is needed and the chain stays gapless.
 */
export interface SealedLink {
  readonly ordinal: number;
  /** The event's commit position (our Position). */
  readonly position: string;
  readonly eventId: string;
  readonly hash: string;
}

export const LINKS_SEALED = 'ChainLinksSealed';
type LinksSealed = { type: typeof LINKS_SEALED; data: { links: SealedLink[] } };

interface ChainHead {
  /** The chain stream's last revision; undefined before the first seal. */
  readonly revision: number | undefined;
  readonly link: SealedLink | undefined;
}

/** Events covered per link event: one append of about 100 kB. */
const SEAL_BATCH = 500;

export type ReadApplicationEvents = (options: ReadAllOptions) => Promise<StoredEvent[]>;

export class ChainSealer {
  private tail: Promise<void> = Promise.resolve();
  private queued: Promise<void> | undefined;

  constructor(
    private readonly client: EventStoreDBClient,
    readonly chainStream: string,
    private readonly readAll: ReadApplicationEvents,
  ) {}

  /**
   * Resolves once every event appended before the call is sealed. Calls made while a pass waits to
   * start share it; a pass already running may have read too early, so a new one queues behind it.
   */
  seal(): Promise<void> {
    if (this.queued) return this.queued;
    const pass = this.tail
      .catch(() => undefined)
      .then(() => {
        this.queued = undefined;
        return this.sealAll();
      });
    this.queued = pass;
    this.tail = pass;
    return pass;
  }

  /** Every link, in ordinal order. */
  async readLinks(): Promise<SealedLink[]> {
    const links: SealedLink[] = [];
    try {
      for await (const resolved of this.client.readStream<LinksSealed>(this.chainStream, { fromRevision: START, direction: FORWARDS })) {
        if (resolved.event) links.push(...resolved.event.data.links);
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return links;
  }

  private async sealAll(): Promise<void> {
    for (;;) {
      const head = await this.readHead();
      const events = await this.readAll({ after: head.link?.position as StoredEvent['position'] | undefined, maxCount: SEAL_BATCH });
      if (events.length === 0) return;
      const links = linkEvents(head.link, events);
      try {
        await this.client.appendToStream(this.chainStream, jsonEvent<LinksSealed>({ type: LINKS_SEALED, data: { links } }), {
          expectedRevision: head.revision === undefined ? NO_STREAM : BigInt(head.revision),
        });
      } catch (error) {
        // Another instance sealed first: its links cover these events; read its head and go on.
        if (!(error instanceof WrongExpectedVersionError)) throw error;
        continue;
      }
      if (events.length < SEAL_BATCH) return;
    }
  }

  private async readHead(): Promise<ChainHead> {
    let head: ChainHead = { revision: undefined, link: undefined };
    try {
      // Read to the end (no early return): leaving the loop early would leave the gRPC call open.
      for await (const resolved of this.client.readStream<LinksSealed>(this.chainStream, { fromRevision: END, direction: BACKWARDS, maxCount: 1 })) {
        if (resolved.event) head = { revision: Number(resolved.event.revision), link: resolved.event.data.links.at(-1) };
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return head;
  }
}

/** The links of the next events after `previous`, each hash over the one before (as hash-chain.ts defines it). */
function linkEvents(previous: SealedLink | undefined, events: readonly StoredEvent[]): SealedLink[] {
  let ordinal = previous?.ordinal ?? 0;
  let prevHash = previous?.hash ?? GENESIS_HASH;
  return events.map((event) => {
    ordinal += 1;
    const { streamId, revision, eventId, type, schemaVersion, data, metadata } = event;
    prevHash = chainHash(prevHash, canonicalEventBytes({ position: String(ordinal), streamId, revision, eventId, type, schemaVersion, data, metadata }));
    return { ordinal, position: event.position, eventId, hash: prevHash };
  });
}
