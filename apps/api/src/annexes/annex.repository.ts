import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { foldAnnex, type AnnexEvent, type AnnexState } from '@samverkan/annexes';
import { annexStreamId } from '@samverkan/shared-kernel';
import { revisionOf } from '../infrastructure/revision-of.js';

export interface LoadedAnnex {
  readonly annexId: string;
  readonly state: AnnexState;
  readonly revision: number | null;
}

/** Reads an annex's stream and folds it (a few versions, each a handful of events). */
@Injectable()
export class AnnexRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(annexId: string): Promise<LoadedAnnex> {
    const events = await this.store.readStream(annexStreamId(annexId));
    const state = foldAnnex(events.map(({ type, schemaVersion, data }) => ({ type, schemaVersion, data }) as AnnexEvent));
    return { annexId, state, revision: revisionOf(events) };
  }
}
