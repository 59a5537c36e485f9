import { ArgumentsHost, Catch, HttpException, HttpStatus, Logger, type ExceptionFilter } from '@nestjs/common';
import type { Request, Response } from 'express';
import { BusinessRuleBrokenError } from '@samverkan/shared-kernel';
import { WrongExpectedRevisionError } from '@samverkan/event-store';
import { PROBLEM_BASE, ProblemError, type ProblemDetails } from './problem.js';

/** Turns every error into RFC 9457 problem details; never a stack trace on the wire. */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger('Problems');

  catch(error: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<Request>();
    const response = http.getResponse<Response>();
    const { problem, headers } = this.toProblem(error);
    // Only the unexpected is logged as an error; a deliberate 503 (read models behind) is not.
    if (problem.status >= 500 && !(error instanceof ProblemError)) this.logger.error(error instanceof Error ? error.stack : String(error));
    response
      .status(problem.status)
      .set({ ...headers, 'Content-Type': 'application/problem+json; charset=utf-8' })
      .send(JSON.stringify({ ...problem, instance: request.originalUrl }));
  }

  private toProblem(error: unknown): { problem: ProblemDetails; headers: Record<string, string> } {
    if (error instanceof ProblemError) return { problem: error.problem, headers: error.headers };
    if (error instanceof BusinessRuleBrokenError) {
      return {
        problem: {
          type: PROBLEM_BASE + 'rule-broken',
          title: 'Unprocessable Content',
          status: 422,
          rule: error.ruleName,
          ...(error.field !== undefined ? { field: error.field } : {}),
          detail: error.message,
        },
        headers: {},
      };
    }
    if (error instanceof WrongExpectedRevisionError) {
      const current = error.actual === 'no_stream' ? null : error.actual;
      return {
        problem: {
          type: PROBLEM_BASE + 'concurrent-change',
          title: 'Conflict',
          status: 409,
          detail: 'Someone else changed this at the same moment; nothing of yours was written. Read it again and retry.',
          currentRevision: current,
        },
        headers: current === null ? {} : { ETag: `"${current}"` },
      };
    }
    if (error instanceof HttpException) return { problem: this.fromHttpException(error), headers: {} };
    return {
      problem: { type: PROBLEM_BASE + 'internal', title: 'Internal Server Error', status: 500, detail: 'An unexpected error occurred.' },
      headers: {},
    };
  }

  private fromHttpException(error: HttpException): ProblemDetails {
    const status = error.getStatus();
    const body = error.getResponse();
    // Nest maps body-parser's SyntaxError to a 400 whose message is the parser's; say it plainly.
    const detail =
      error.cause instanceof SyntaxError
        ? 'The request body is not valid JSON.'
        : typeof body === 'string'
          ? body
          : String((body as { message?: unknown }).message ?? error.message);
    const title = HttpStatus[status]?.toString().replace(/_/g, ' ') ?? 'Error';
    return { type: PROBLEM_BASE + `http-${status}`, title, status, detail };
  }
}
