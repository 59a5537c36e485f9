import { Injectable, type PipeTransform, type ArgumentMetadata } from '@nestjs/common';
import { PROBLEM_BASE, ProblemError } from './problem.js';
import { ID } from './shapes.js';

/** Path ids are slugs or UUIDs (lower case letters, digits and dashes); anything else is a 400 naming the parameter. */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    if (ID.test(value)) return value;
    const field = metadata.data ?? 'id';
    throw new ProblemError({
      type: PROBLEM_BASE + 'invalid-request',
      title: 'Bad Request',
      status: 400,
      detail: `${field}: must be 1-80 lower-case letters, digits or dashes`,
      errors: [{ field, messages: ['must be 1-80 lower-case letters, digits or dashes'] }],
    });
  }
}
