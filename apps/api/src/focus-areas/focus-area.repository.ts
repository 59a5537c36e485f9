import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type StoredEvent } from '@samverkan/event-store';
import { toAgreementFacts } from '@samverkan/agreements';
import { foldFocusArea, type FocusAreaSnapshot, type AgreementFacts } from '@samverkan/cycle';
import { notFound } from '../common/problem.js';
import type { Actor } from '../identity/actor.js';
import { AgreementAccess } from '../agreements/agreement-access.js';
import type { LoadedAgreement } from '../agreements/agreement.repository.js';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import { revisionOf } from '../infrastructure/revision-of.js';

export interface LoadedFocusArea {
  readonly focusAreaId: string;
  readonly agreement: LoadedAgreement;
  readonly facts: AgreementFacts;
  readonly snapshot: FocusAreaSnapshot;
  readonly revision: number | null;
}

/** Rebuilds a focus area by folding its stored events through the cycle machine. */
@Injectable()
export class FocusAreaRepository {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: AgreementAccess,
  ) {}

  /** Loads a focus area the actor may see, or answers 404 (also for another agreement's). */
  async loadVisible(focusAreaId: string, actor: Actor): Promise<LoadedFocusArea> {
    const events = await this.store.readStream(focusAreaStreamId(focusAreaId));
    const agreementId = (events[0]?.data as { agreementId?: string } | undefined)?.agreementId;
    if (!agreementId) throw notFound(`Focus area ${focusAreaId}`);
    const agreement = await this.access.loadVisible(agreementId, actor).catch(() => {
      throw notFound(`Focus area ${focusAreaId}`);
    });
    const facts = toAgreementFacts(agreement.state);
    return { focusAreaId, agreement, facts, snapshot: foldFocusArea(facts, events.map(toMachineEvent)), revision: revisionOf(events) };
  }
}

/** Stored events become machine events; the time of the event comes from its metadata. */
export const toMachineEvent = (e: StoredEvent) =>
  ({ type: e.type, data: e.data, occurredAt: e.metadata.occurredAt }) as Parameters<typeof foldFocusArea>[1][number];
