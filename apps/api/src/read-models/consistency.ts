import { Inject, Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { EVENT_STORE, type EventStore, type Position } from '@samverkan/event-store';
import { PROJECTION_RUNNER, type ProjectionRunner } from '@samverkan/read-models';
import { ProblemError, PROBLEM_BASE } from '../common/problem.js';

/** How long a query waits for the projections to reach a position before answering 503. */
export const READ_YOUR_WRITES_TIMEOUT_MS = 2000;

/**
 * Read-your-writes: a command answers with the position it wrote; a query that names it
 * (`minPosition`) is answered only once every read model has applied it. The wait is bounded: past
 * it the caller gets 503 with Retry-After rather than stale data presented as current. A position
 * the log has not reached was never given by a command (400, no wait), and past
 * READ_YOUR_WRITES_MAX_WAITERS queries already waiting, the next is told to come back (503) rather
 * than queued, so a burst cannot pile up timers and sockets.
 */
@Injectable()
export class ReadModelConsistency {
  private waiting = 0;
  private readonly maxWaiters: number;

  constructor(
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    config: ConfigService,
  ) {
    this.maxWaiters = config.getOrThrow<number>('READ_YOUR_WRITES_MAX_WAITERS');
  }

  async atLeast(position: string | undefined): Promise<void> {
    if (position === undefined || (await this.runner.waitFor(position, 0))) return;
    const head = (await this.runner.status())[0]?.head;
    if (head === undefined || this.store.comparePositions(position as Position, head as Position) > 0) throw beyondTheLog(position);
    if (this.waiting >= this.maxWaiters) throw behind(position, 'Too many queries are already waiting for the read models');
    this.waiting++;
    try {
      if (await this.runner.waitFor(position, READ_YOUR_WRITES_TIMEOUT_MS)) return;
    } finally {
      this.waiting--;
    }
    throw behind(position, `The read models have not yet reached position ${position}`);
  }
}

const behind = (position: string, why: string) =>
  new ProblemError(
    {
      type: PROBLEM_BASE + 'read-model-behind',
      title: 'Service Unavailable',
      status: 503,
      detail: `${why}; try again shortly (minPosition ${position}).`,
    },
    { 'Retry-After': '1' },
  );

const beyondTheLog = (position: string) =>
  new ProblemError({
    type: PROBLEM_BASE + 'invalid-request',
    title: 'Bad Request',
    status: 400,
    detail: `minPosition: ${position} is past the last event written; use a position a command answered with`,
    errors: [{ field: 'minPosition', messages: ['must be a position a command answered with (not past the last event written)'] }],
  });
