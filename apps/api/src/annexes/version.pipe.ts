import { Injectable, type PipeTransform } from '@nestjs/common';
import { PROBLEM_BASE, ProblemError } from '../common/problem.js';

/** A version number in a path: a whole number from 1, else a 400 naming `version`. */
@Injectable()
export class ParseVersionPipe implements PipeTransform<string, number> {
  transform(value: string): number {
    if (/^[1-9]\d{0,5}$/.test(value)) return Number(value);
    const why = 'must be a version number (a whole number from 1)';
    throw new ProblemError({
      type: PROBLEM_BASE + 'invalid-request',
      title: 'Bad Request',
      status: 400,
      detail: `version: ${why}`,
      errors: [{ field: 'version', messages: [why] }],
    });
  }
}
