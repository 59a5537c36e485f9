import { preconditionFailed, ProblemError, PROBLEM_BASE } from './problem.js';

/** The stream revision travels as a strong ETag: `"3"`. */
export const etagOf = (revision: number): string => `"${revision}"`;

/**
 * Reads `If-Match` as the revision the caller saw. `undefined` when absent (the handler then uses the
 * revision it loaded, so a concurrent writer still makes the append fail with 409).
 */
export const parseIfMatch = (header: string | undefined): number | undefined => {
  if (header === undefined || header.trim() === '') return undefined;
  const match = /^\s*(?:W\/)?"(\d+)"\s*$/.exec(header);
  if (!match) {
    throw new ProblemError({
      type: PROBLEM_BASE + 'invalid-request',
      title: 'Bad Request',
      status: 400,
      detail: 'If-Match must be an ETag this API gave, such as "3".',
      errors: [{ field: 'If-Match', messages: ['must be an ETag this API gave, such as "3"'] }],
    });
  }
  return Number(match[1]);
};

/** A caller who saw an older revision than the one loaded is refused before anything is decided (412). */
export const assertIfMatch = (ifMatch: number | undefined, loadedRevision: number | null): void => {
  if (ifMatch !== undefined && ifMatch !== loadedRevision) throw preconditionFailed(loadedRevision, `"${ifMatch}"`);
};
