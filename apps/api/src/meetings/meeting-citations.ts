import type { IsoDate, ProtocolReference } from '@samverkan/shared-kernel';
import type { AgendaSubject } from '@samverkan/meetings';

export interface CitationRequest {
  readonly agreementId: string;
  readonly protocol: ProtocolReference;
  /** What the decision is about; the cited paragraph's agenda item must be about the same matter. */
  readonly subject: AgendaSubject;
  /** The day the decision is recorded (the command's clock). */
  readonly on: IsoDate;
}

/**
 * The one place a decision's `protocol` is checked against the meeting it cites: the meeting is this
 * agreement's council meeting, its minutes are not yet checked, and the paragraph's item is about
 * this decision. Answers 404 for an unknown meeting and 422 naming the rule otherwise; the handler
 * then passes the reference into the pure decision as a fact. Bound by MeetingsModule.
 */
export abstract class MeetingCitations {
  abstract check(request: CitationRequest): Promise<ProtocolReference>;
}
