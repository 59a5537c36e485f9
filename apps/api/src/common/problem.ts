/**
 * RFC 9457 problem details. Every refusal the API gives has this shape; the `type` URIs name the
 * kind of problem, `rule` names the business rule that refused, `errors` the fields that failed.
 */
export interface FieldError {
  readonly field: string;
  readonly messages: string[];
}

export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly rule?: string;
  /** The request field a business rule concerns (a path: `dueDate`, `parties[1].organisationNumber`). */
  readonly field?: string;
  readonly errors?: FieldError[];
  readonly currentRevision?: number | null;
}

export const PROBLEM_BASE = 'https://samverkan.se/problems/';

/** An error the edge raises with a ready problem document (auth, access, If-Match, not found). */
export class ProblemError extends Error {
  constructor(
    readonly problem: ProblemDetails,
    readonly headers: Record<string, string> = {},
  ) {
    super(problem.detail ?? problem.title);
    this.name = 'ProblemError';
  }
}

const problem = (status: number, slug: string, title: string, detail: string, extra: Partial<ProblemDetails> = {}) =>
  new ProblemError({ type: PROBLEM_BASE + slug, title, status, detail, ...extra });

export const notFound = (what: string) => problem(404, 'not-found', 'Not Found', `${what} was not found.`);
export const unauthorized = (detail: string) => problem(401, 'unauthorized', 'Unauthorized', detail);
export const forbidden = (detail: string) => problem(403, 'forbidden', 'Forbidden', detail);
export const preconditionFailed = (current: number | null, given: string) =>
  problem(
    412,
    'stale-revision',
    'Precondition Failed',
    `If-Match ${given} does not match the current revision ${current === null ? '(none)' : `"${current}"`}: someone changed it since you read it. Read it again and retry.`,
    { currentRevision: current },
  );
/** A rule of the edge (not of the domain) refused the command: same shape as a domain rule's 422. */
export const unprocessable = (rule: string, detail: string, field?: string) =>
  problem(422, 'rule-broken', 'Unprocessable Content', detail, { rule, ...(field !== undefined ? { field } : {}) });
