import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type Position } from '@samverkan/event-store';
import { emptyCatalogue, evolveCatalogue, type Catalogue } from './catalogue.projection.js';

const BATCH = 1000;

/**
 * Keeps the catalogue caught up with the store. Reads catch up first, so a list always includes
 * the caller's own writes (the store is local; catching up reads only the new tail). Catch-ups run
 * one at a time, so no event is applied twice.
 */
@Injectable()
export class CatalogueService {
  private catalogue: Catalogue = emptyCatalogue();
  private queue: Promise<unknown> = Promise.resolve();

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Catch-ups are queued, so each starts after the caller's own writes and none overlaps another. */
  current(): Promise<Catalogue> {
    const next = this.queue.then(() => this.catchUp());
    this.queue = next.catch(() => undefined);
    return next;
  }

  private async catchUp(): Promise<Catalogue> {
    for (;;) {
      const after = this.catalogue.position as Position | undefined;
      const batch = await this.store.readAll({ ...(after ? { after } : {}), maxCount: BATCH });
      for (const event of batch) this.catalogue = evolveCatalogue(this.catalogue, event);
      if (batch.length < BATCH) return this.catalogue;
    }
  }
}
