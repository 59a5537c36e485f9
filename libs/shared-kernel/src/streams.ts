/**
 * The stream names: one stream per agreement, one per focus area. The API writes them, the read
 * models and the CLI read them back, and they are stored forever: never rename them.
 */
const AGREEMENT_PREFIX = 'agreement-';
const FOCUS_AREA_PREFIX = 'focus-area-';

export const agreementStreamId = (agreementId: string): string => `${AGREEMENT_PREFIX}${agreementId}`;

export const focusAreaStreamId = (focusAreaId: string): string => `${FOCUS_AREA_PREFIX}${focusAreaId}`;

/** The agreement whose own stream this is, or null for any other stream. */
export const agreementIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(AGREEMENT_PREFIX) ? streamId.slice(AGREEMENT_PREFIX.length) : null;

/** The focus area a stream belongs to, or null for any other stream. */
export const focusAreaIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(FOCUS_AREA_PREFIX) ? streamId.slice(FOCUS_AREA_PREFIX.length) : null;
