import { Injectable, type PipeTransform, type ArgumentMetadata } from '@nestjs/common';
import { idHoldsPersonalIdentityNumber } from '@samverkan/shared-kernel';
import { PROBLEM_BASE, ProblemError } from './problem.js';
import { ID } from './shapes.js';

const SHAPE = 'must be 1-80 lower-case letters, digits or dashes';
const NO_PERSONNUMMER = 'must not look like a personal identity number';

/**
 * Path ids are slugs or UUIDs (lower case letters, digits and dashes), and never look like a
 * personnummer (an id ends up in URLs, logs and stream names); anything else is a 400 naming the parameter.
 */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, string> {
  transform(value: string, metadata: ArgumentMetadata): string {
    const why = !ID.test(value) ? SHAPE : idHoldsPersonalIdentityNumber(value) ? NO_PERSONNUMMER : undefined;
    if (why === undefined) return value;
    const field = metadata.data ?? 'id';
    throw new ProblemError({
      type: PROBLEM_BASE + 'invalid-request',
      title: 'Bad Request',
      status: 400,
      detail: `${field}: ${why}`,
      errors: [{ field, messages: [why] }],
    });
  }
}
