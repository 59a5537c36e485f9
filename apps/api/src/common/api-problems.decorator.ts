import { applyDecorators } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiResponse, getSchemaPath } from '@nestjs/swagger';
import { ProblemView } from './responses/problem.response.js';

const PROBLEMS: Record<number, string> = {
  400: 'A field is missing or invalid (problem details name the field and why)',
  401: 'Not signed in, or the token has expired',
  403: 'The user lacks the right named in the problem details',
  404: 'Not found, or not visible to this user',
  409: 'Someone else changed it at the same moment; nothing was written',
  503: 'The read models have not reached the position asked for yet, or too many queries are waiting for them (Retry-After)',
  412: 'If-Match names a revision older than the current one',
  422: 'A business rule refused the command (problem details name the rule, its message and, where one applies, the field)',
  429: 'Too many requests: a rate limit was reached (Retry-After says when to try again)',
};

/** Documents the RFC 9457 problem responses a route can give (and that it needs a bearer token). */
export const ApiProblems = (...statuses: number[]) =>
  applyDecorators(
    ApiBearerAuth(),
    ApiExtraModels(ProblemView),
    ...(statuses.length ? statuses : [400, 401, 403, 404, 409, 412, 422, 429]).map((status) =>
      ApiResponse({
        status,
        description: PROBLEMS[status] ?? 'Problem',
        content: { 'application/problem+json': { schema: { $ref: getSchemaPath(ProblemView) } } },
      }),
    ),
  );
