/**
 * Where a council decision was taken: the meeting and the paragraph (§) of its minutes. Approvals,
 * rejections, annex decisions and amendments carry one when they were taken at a meeting held in
 * the app; the meeting's own stream numbers its paragraphs, and the decision cites it, so the
 * audit history and the minutes show the same "§ 4" without a second record.
 */
export interface ProtocolReference {
  readonly meetingId: string;
  /** The paragraph number in the meeting's minutes (§ 1, § 2 …), a whole number from 1. */
  readonly paragraph: number;
}

/** The two bodies an agreement sets up: the strategic council and the operative group. */
export type MeetingBody = 'council' | 'operativeGroup';
export const MEETING_BODIES: readonly MeetingBody[] = ['council', 'operativeGroup'];
