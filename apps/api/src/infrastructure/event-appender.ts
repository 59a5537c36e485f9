import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type AppendResult, type EventStore } from '@samverkan/event-store';
import { metadataFrom, type CommandContext, type DomainEvent } from '@samverkan/shared-kernel';
import { assertIfMatch } from '../common/etag.js';
import { IdGenerator } from './clock.js';

export interface AppendRequest {
  readonly streamId: string;
  readonly events: readonly DomainEvent[];
  readonly context: CommandContext;
  /** The revision the handler loaded (null: the stream did not exist). */
  readonly loadedRevision: number | null;
  /** The revision the caller saw (If-Match), checked against what was loaded. */
  readonly ifMatch?: number;
  readonly machineVersion?: string;
}

/**
 * Appends decided events with the revision the decision was made on: a stale If-Match is refused
 * before anything is written (412), and a writer that slipped in between load and append makes the
 * store refuse the whole append (409). Either way nothing half-written reaches the log.
 */
@Injectable()
export class EventAppender {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly ids: IdGenerator,
  ) {}

  async append(request: AppendRequest): Promise<AppendResult> {
    const { loadedRevision } = request;
    assertIfMatch(request.ifMatch, loadedRevision);
    const metadata = metadataFrom(request.context, request.machineVersion);
    const events = request.events.map((e) => ({ eventId: this.ids.newId(), type: e.type, schemaVersion: e.schemaVersion, data: e.data, metadata }));
    return this.store.appendToStream(request.streamId, events, {
      expectedRevision: loadedRevision === null ? 'no_stream' : loadedRevision,
    });
  }
}
