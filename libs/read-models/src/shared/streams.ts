/**
 * The stream names the API writes (apps/api/src/infrastructure/streams.ts): one stream per
 * agreement, one per focus area. Stored forever, so read models may rely on them.
 */
const AGREEMENT_PREFIX = 'agreement-';
const FOCUS_AREA_PREFIX = 'focus-area-';

/** The focus area a stream belongs to, or null for any other stream. */
export const focusAreaIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(FOCUS_AREA_PREFIX) ? streamId.slice(FOCUS_AREA_PREFIX.length) : null;

/** The agreement whose own stream this is, or null for any other stream. */
export const agreementIdOfStream = (streamId: string): string | null =>
  streamId.startsWith(AGREEMENT_PREFIX) ? streamId.slice(AGREEMENT_PREFIX.length) : null;
