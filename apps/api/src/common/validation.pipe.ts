import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { PROBLEM_BASE, ProblemError, type FieldError } from './problem.js';

const flatten = (errors: ValidationError[], prefix = ''): FieldError[] =>
  errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });

/**
 * Unknown fields are refused, and a 400 names each field and why. This is the one place they stop
 * (the seed files' reader refuses them likewise): handlers build commands from the DTO's fields,
 * and the deciders store a command's data as it comes, since what is stored is kept forever.
 */
export const validationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => {
      const fieldErrors = flatten(errors);
      return new ProblemError({
        type: PROBLEM_BASE + 'invalid-request',
        title: 'Bad Request',
        status: 400,
        detail: fieldErrors.map((f) => `${f.field}: ${f.messages.join('; ')}`).join(' | '),
        errors: fieldErrors,
      });
    },
  });
