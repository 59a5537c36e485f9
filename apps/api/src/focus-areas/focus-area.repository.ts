import { Inject, Injectable, Optional } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@samverkan/event-store';
import { toAgreementFacts } from '@samverkan/agreements';
import { foldFocusArea, type AgreementFacts, type FocusAreaState, type FoldOptions } from '@samverkan/cycle';
import { notFound } from '../common/problem.js';
import type { Actor } from '../identity/actor.js';
import { AgreementAccess } from '../agreements/agreement-access.js';
import type { LoadedAgreement } from '../agreements/agreement.repository.js';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import { Clock } from '../infrastructure/clock.js';
import { revisionOf } from '../infrastructure/revision-of.js';

/** The upcasters and machine versions the fold reads with; the cycle lib's own unless a test provides others. */
export const FOCUS_AREA_FOLD_OPTIONS = Symbol('FOCUS_AREA_FOLD_OPTIONS');

export interface LoadedFocusArea {
  readonly focusAreaId: string;
  readonly agreement: LoadedAgreement;
  readonly facts: AgreementFacts;
  readonly state: FocusAreaState;
  readonly revision: number | null;
}

/** For commands: rebuilds a focus area by folding its stored events (upcast, then evolve: never judged again). */
@Injectable()
export class FocusAreaRepository {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AgreementAccess,
    private readonly clock: Clock,
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
    // The terms in force on the command's day: a party that joined by amendment counts in consensus from the day it took effect.
    const facts = toAgreementFacts(agreement.state, this.clock.todayInSweden());
    return { focusAreaId, agreement, facts, state: this.fold(facts, events), revision: revisionOf(events) };
  }

  private fold(facts: AgreementFacts, events: readonly StoredEvent[]): FocusAreaState {
    return foldFocusArea(facts, events, this.reading);
  }
}
