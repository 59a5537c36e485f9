import { Inject, Injectable } from '@nestjs/common';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { ProblemError, PROBLEM_BASE } from '../common/problem.js';

/** How long a query waits for the projections to reach a position before answering 503. */
export const READ_YOUR_WRITES_TIMEOUT_MS = 2000;

/**
 * Read-your-writes: a command answers with the position it wrote; a query that names it
 * (`minPosition`) is answered only once every read model has applied it. The wait is bounded: past
 * it the caller gets 503 with Retry-After rather than stale data presented as current.
 */
@Injectable()
export class ReadModelConsistency {
  constructor(@Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner) {}

  async atLeast(position: string | undefined): Promise<void> {
    if (position === undefined) return;
    if (await this.runner.waitFor(position, READ_YOUR_WRITES_TIMEOUT_MS)) return;
    throw new ProblemError(
      {
        type: PROBLEM_BASE + 'read-model-behind',
        title: 'Service Unavailable',
        status: 503,
        detail: `The read models have not yet reached position ${position}; try again shortly.`,
      },
      { 'Retry-After': '1' },
    );
  }
}
