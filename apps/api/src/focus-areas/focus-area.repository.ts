import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@samverkan/event-store';
import { toAgreementFacts } from '@samverkan/agreements';
import { foldFocusArea, type FocusAreaSnapshot, type AgreementFacts } from '@samverkan/cycle';
import { agreementFactsOf } from '@samverkan/read-models';
import { notFound } from '../common/problem.js';
import type { Actor } from '../identity/actor.js';
import { AgreementAccess } from '../agreements/agreement-access.js';
import type { LoadedAgreement } from '../agreements/agreement.repository.js';
import { focusAreaStream, revisionOf } from '../infrastructure/streams.js';
import { ReadModelConsistency } from '../read-models/consistency.js';
import { ReadAccess } from '../read-models/read-access.js';

export interface LoadedFocusArea {
  readonly focusAreaId: string;
  readonly agreement: LoadedAgreement;
  readonly facts: AgreementFacts;
  readonly snapshot: FocusAreaSnapshot;
  readonly revision: number | null;
}

/** A focus area as a query reads it: no agreement state, only the facts the machine needs. */
export interface ReadFocusArea {
  readonly focusAreaId: string;
  readonly agreementId: string;
  readonly snapshot: FocusAreaSnapshot;
  readonly revision: number;
}

/** Rebuilds a focus area by folding its stored events through the cycle machine. */
@Injectable()
export class FocusAreaRepository {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AgreementAccess,
    private readonly readAccess: ReadAccess,
    private readonly consistency: ReadModelConsistency,
  ) {}

  /** For a command: loads a focus area the actor may see, or answers 404 (also for another agreement's). */
  async loadVisible(focusAreaId: string, actor: Actor): Promise<LoadedFocusArea> {
    const events = await this.store.readStream(focusAreaStream(focusAreaId));
    const agreementId = (events[0]?.data as { agreementId?: string } | undefined)?.agreementId;
    if (!agreementId) throw notFound(`Focus area ${focusAreaId}`);
    const agreement = await this.access.loadVisible(agreementId, actor).catch(() => {
      throw notFound(`Focus area ${focusAreaId}`);
    });
    const facts = toAgreementFacts(agreement.state);
    return { focusAreaId, agreement, facts, snapshot: fold(facts, events), revision: revisionOf(events) };
  }

  /**
   * For a query: the focus area folded from its own stream (its revision is the ETag a command
   * sends back), with who may see it and its agreement's facts from the read models, not from
   * folding the agreement's stream. The read models are first brought up to the stream's last
   * event, so its agreement, its board document and every role held by then are there.
   */
  async loadForReading(focusAreaId: string, actor: Actor): Promise<ReadFocusArea> {
    const events = await this.store.readStream(focusAreaStream(focusAreaId));
    const last = events.at(-1);
    if (!last) throw notFound(`Focus area ${focusAreaId}`);
    await this.consistency.atLeast(last.position);
    const { agreement } = await this.readAccess.focusArea(focusAreaId, actor);
    return { focusAreaId, agreementId: agreement.agreementId, snapshot: fold(agreementFactsOf(agreement), events), revision: last.revision };
  }
}

const fold = (facts: AgreementFacts, events: readonly StoredEvent[]): FocusAreaSnapshot => foldFocusArea(facts, events.map(toMachineEvent));

/** Stored events become machine events; the time of the event comes from its metadata. */
export const toMachineEvent = (e: StoredEvent) =>
  ({ type: e.type, data: e.data, occurredAt: e.metadata.occurredAt }) as Parameters<typeof foldFocusArea>[1][number];
