import { PROBLEM_BASE, ProblemError } from '../problem.js';

export const tooManyRequests = (retryAfterSeconds: number, why: string): ProblemError =>
  new ProblemError(
    {
      type: PROBLEM_BASE + 'too-many-requests',
      title: 'Too Many Requests',
      status: 429,
      detail: `${why}; try again in ${retryAfterSeconds} s.`,
    },
    { 'Retry-After': String(retryAfterSeconds) },
  );
