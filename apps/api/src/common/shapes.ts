/**
 * The shapes every request shares, in one place: ids (slugs or UUIDs, safe in a stream name and a
 * URL) and calendar dates. They only refuse malformed input; whether a date is a real day is the
 * date module's rule (`@samverkan/shared-kernel`), judged by the domain or by `IsDay`.
 */
export const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const ID_MESSAGE = '$property must be 1-80 lower-case letters, digits or dashes';
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_MESSAGE = '$property must be a date YYYY-MM-DD';
