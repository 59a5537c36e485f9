import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@samverkan/event-store';
import { foldAgreement, upcastAgreementEvent, type AgreementState } from '@samverkan/agreements';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { revisionOf } from '../infrastructure/revision-of.js';

export interface LoadedAgreement {
  readonly agreementId: string;
  readonly state: AgreementState;
  readonly revision: number | null;
}

/** Reads an agreement's stream and folds it; the stream is short (registration and role changes). */
@Injectable()
export class AgreementRepository {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load(agreementId: string): Promise<LoadedAgreement> {
    const events = await this.store.readStream(agreementStreamId(agreementId));
    const state = foldAgreement(events.map((e) => upcastAgreementEvent(e)));
    return { agreementId, state, revision: revisionOf(events) };
  }
}
