import type { StoredEvent } from '@samverkan/event-store';

/**
 * An event as projections see it: the stored event, plus the agreement its stream belongs to
 * (the runner keeps a stream → agreement index, since most focus-area events do not repeat the
 * agreement id). Deterministic: derived only from earlier events of the log.
 */
export interface ProjectedEvent extends StoredEvent {
  readonly agreementId: string | null;
}
