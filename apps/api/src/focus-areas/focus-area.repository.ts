import { Inject, Injectable, Optional } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@samverkan/event-store';
import { toAgreementFacts } from '@samverkan/agreements';
import { foldFocusArea, type AgreementFacts, type FocusAreaState, type FoldOptions } from '@samverkan/cycle';
import { agreementFactsOf } from '@samverkan/read-models';
import { notFound } from '../common/problem.js';
import type { Actor } from '../identity/actor.js';
import { AgreementAccess } from '../agreements/agreement-access.js';
import type { LoadedAgreement } from '../agreements/agreement.repository.js';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import { revisionOf } from '../infrastructure/revision-of.js';
import { ReadModelConsistency } from '../read-models/consistency.js';
import { ReadAccess } from '../read-models/read-access.js';

/** The upcasters and machine versions the fold reads with; the cycle lib's own unless a test provides others. */
export const FOCUS_AREA_FOLD_OPTIONS = Symbol('FOCUS_AREA_FOLD_OPTIONS');

export interface LoadedFocusArea {
  readonly focusAreaId: string;
  readonly agreement: LoadedAgreement;
  readonly facts: AgreementFacts;
  readonly state: FocusAreaState;
  readonly revision: number | null;
}

/** A focus area as a query reads it: no agreement state, only the facts the machine needs. */
export interface ReadFocusArea {
  readonly focusAreaId: string;
  readonly agreementId: string;
  readonly state: FocusAreaState;
  readonly revision: number;
}

/** Rebuilds a focus area by folding its stored events (upcast, then evolve: never judged again). */
@Injectable()
export class FocusAreaRepository {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AgreementAccess,
    private readonly readAccess: ReadAccess,
    private readonly consistency: ReadModelConsistency,
    @Optional() @Inject(FOCUS_AREA_FOLD_OPTIONS) private readonly reading: FoldOptions = {},
  ) {}

  /** For a command: loads a focus area the actor may see, or answers 404 (also for another agreement's). */
  async loadVisible(focusAreaId: string, actor: Actor): Promise<LoadedFocusArea> {
    const events = await this.store.readStream(focusAreaStreamId(focusAreaId));
    const agreementId = (events[0]?.data as { agreementId?: string } | undefined)?.agreementId;
    if (!agreementId) throw notFound(`Focus area ${focusAreaId}`);
    const agreement = await this.access.loadVisible(agreementId, actor).catch(() => {
      throw notFound(`Focus area ${focusAreaId}`);
    });
    const facts = toAgreementFacts(agreement.state);
    return { focusAreaId, agreement, facts, state: this.fold(facts, events), revision: revisionOf(events) };
  }

  /**
   * For a query: the focus area folded from its own stream (its revision is the ETag a command
   * sends back), with who may see it and its agreement's facts from the read models, not from
   * folding the agreement's stream. The read models are first brought up to the stream's last
   * event, so its agreement, its board document and every role held by then are there.
   */
  async loadForReading(focusAreaId: string, actor: Actor): Promise<ReadFocusArea> {
    const events = await this.store.readStream(focusAreaStreamId(focusAreaId));
    const last = events.at(-1);
    if (!last) throw notFound(`Focus area ${focusAreaId}`);
    await this.consistency.atLeast(last.position);
    const { agreement } = await this.readAccess.focusArea(focusAreaId, actor);
    return { focusAreaId, agreementId: agreement.agreementId, state: this.fold(agreementFactsOf(agreement), events), revision: last.revision };
  }

  private fold(facts: AgreementFacts, events: readonly StoredEvent[]): FocusAreaState {
    return foldFocusArea(facts, events, this.reading ?? {});
  }
}
