/**
 * The stream names: one stream per agreement, per focus area, per meeting and per annex. The API writes them, the read
 * models and the CLI read them back, and they are stored forever: never rename them.
 */
const AGREEMENT_PREFIX = 'agreement-';
const FOCUS_AREA_PREFIX = 'focus-area-';
const MEETING_PREFIX = 'meeting-';
const ANNEX_PREFIX = 'annex-';

export const agreementStreamId = (agreementId: string): string => `${AGREEMENT_PREFIX}${agreementId}`;

export const focusAreaStreamId = (focusAreaId: string): string => `${FOCUS_AREA_PREFIX}${focusAreaId}`;

/** The agreement whose own stream this is, or null for any other stream. */
export const agreementIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(AGREEMENT_PREFIX) ? streamId.slice(AGREEMENT_PREFIX.length) : null;

/** The focus area a stream belongs to, or null for any other stream. */
export const focusAreaIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(FOCUS_AREA_PREFIX) ? streamId.slice(FOCUS_AREA_PREFIX.length) : null;

/** A meeting of the council or the operative group: its agenda, paragraphs and minutes. */
export const meetingStreamId = (meetingId: string): string => `${MEETING_PREFIX}${meetingId}`;

/** One annex of an agreement (a situation picture, an action plan, a citizen promise) and its versions. */
export const annexStreamId = (annexId: string): string => `${ANNEX_PREFIX}${annexId}`;

export const meetingIdOfStream = (streamId: string): string | null => (streamId.startsWith(MEETING_PREFIX) ? streamId.slice(MEETING_PREFIX.length) : null);

export const annexIdOfStream = (streamId: string): string | null => (streamId.startsWith(ANNEX_PREFIX) ? streamId.slice(ANNEX_PREFIX.length) : null);
