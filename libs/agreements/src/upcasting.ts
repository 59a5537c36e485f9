import { NO_UPCASTERS, upcast, type UpcasterRegistry, type VersionedEvent } from '@samverkan/shared-kernel';
import type { AgreementEvent } from './events.js';

/** The schema versions the agreement reads, and the upcasters that lead there: every event is still at version 1. */
export const AGREEMENT_UPCASTERS: UpcasterRegistry = NO_UPCASTERS;

/** The one conversion from a stored agreement event to the event `evolveAgreement` reads. */
export const upcastAgreementEvent = (stored: VersionedEvent, upcasters: UpcasterRegistry = AGREEMENT_UPCASTERS): AgreementEvent => {
  const { type, schemaVersion, data } = upcast(upcasters, stored);
  return { type, schemaVersion, data } as AgreementEvent;
};
