import type { AgendaSubject, MeetingStatus, MinutesNote } from '@samverkan/meetings';
import type { IsoDate, MeetingBody, Role } from '@samverkan/shared-kernel';

/** An agenda item with the paragraph (§) its place gives it. */
export interface MeetingAgendaItem {
  readonly itemId: string;
  readonly paragraph: number;
  readonly title: string;
  readonly subject: AgendaSubject;
}

/**
 * A decision of the log that cites a paragraph of this meeting (any event whose data carries
 * `protocol`: a transition's approval or rejection, an annex version's decision, an amendment's
 * approval …). Read generically, so a decision type added later shows under its § without this
 * code knowing it.
 */
export interface MeetingDecision {
  readonly paragraph: number;
  readonly eventType: string;
  readonly streamId: string;
  readonly partyId: string | null;
  readonly proposalId: string | null;
  readonly reason: string | null;
  readonly actorId: string;
  readonly actorRole: Role;
  readonly occurredAt: string;
  readonly position: string;
}

/** One party's check of the minutes: who checked (the account; the query names its function) and when. */
export interface MinutesCheck {
  readonly partyId: string;
  readonly actorId: string;
  readonly actorRole: Role;
  readonly checkedAt: string;
}

/**
 * One meeting as the meetings pages and the obligations read it: the agenda with its paragraphs,
 * the minutes and who has checked them, and every decision taken under each paragraph. The
 * meeting's own stream is the authority for the first three; the decisions are the other
 * streams' events that cite it.
 */
export interface MeetingDoc {
  readonly meetingId: string;
  readonly agreementId: string;
  readonly body: MeetingBody;
  readonly date: IsoDate;
  readonly place: string;
  readonly status: Exclude<MeetingStatus, 'unscheduled'>;
  readonly heldOn: IsoDate | null;
  readonly agenda: readonly MeetingAgendaItem[];
  readonly minutes: { readonly notes: readonly MinutesNote[]; readonly partyIds: readonly string[]; readonly adoptedAt: string } | null;
  readonly checks: readonly MinutesCheck[];
  readonly decisions: readonly MeetingDecision[];
  readonly scheduledBy: string;
  /** The meeting stream's revision (the ETag a command on the meeting sends back as If-Match). */
  readonly revision: number;
  readonly lastEventAt: string;
  readonly position: string;
}

/** The paragraphs some decision cites: they may no longer move (CitedParagraphsMustNotMove). */
export const citedParagraphsOf = (doc: MeetingDoc): number[] => [...new Set(doc.decisions.map((d) => d.paragraph))].sort((a, b) => a - b);
