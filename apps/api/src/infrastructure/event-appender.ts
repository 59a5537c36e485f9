import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type AppendResult, type EventStore } from '@samverkan/event-store';
import { metadataFrom, type CommandContext, type DomainEvent } from '@samverkan/shared-kernel';
import { assertIfMatch } from '../common/etag.js';
import { IdGenerator } from './clock.js';

export interface AppendRequest {
  readonly streamId: string;
  readonly context: CommandContext;
  /** The revision the events are decided on (null: the stream must not exist yet). */
  readonly loadedRevision: number | null;
  /** The revision the caller saw (If-Match), checked against what was loaded. */
  readonly ifMatch?: number;
  readonly machineVersion?: string;
}

/**
 * The one way events reach the store, for commands and the demo seed alike: the same metadata,
 * and the revision the decision was made on as the expected revision. A stale If-Match is refused
 * here, once, before `decide` runs (412: the caller judged a state it no longer sees, so no
 * business rule should answer first); a writer that slipped in between load and append makes the
 * store refuse the whole append (409). Either way nothing half-written reaches the log.
 */
@Injectable()
export class EventAppender {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ids: IdGenerator,
  ) {}

  async append(request: AppendRequest, decide: () => readonly DomainEvent[]): Promise<AppendResult> {
    const { loadedRevision } = request;
    assertIfMatch(request.ifMatch, loadedRevision);
    const metadata = metadataFrom(request.context, request.machineVersion);
    const events = decide().map((e) => ({ eventId: this.ids.newId(), type: e.type, schemaVersion: e.schemaVersion, data: e.data, metadata }));
    return this.store.appendToStream(request.streamId, events, {
      expectedRevision: loadedRevision === null ? 'no_stream' : loadedRevision,
    });
  }
}
