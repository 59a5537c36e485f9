import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import { unsafeCharactersIn } from '@samverkan/shared-kernel';
import { PROBLEM_BASE, ProblemError, type FieldError } from './problem.js';

const flatten = (errors: ValidationError[], prefix = ''): FieldError[] =>
  errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = e.constraints ? [{ field, messages: Object.values(e.constraints) }] : [];
    return [...own, ...flatten(e.children ?? [], field)];
  });

/** No request of this API nests deeper than a few levels; this leaves room and stops a body built to overflow the stack. */
export const MAX_BODY_DEPTH = 32;

/** How deeply a parsed JSON value nests, counted without recursion (the value may be thousands of levels deep). */
const depthOf = (value: unknown): number => {
  let deepest = 0;
  const stack: [unknown, number][] = [[value, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop()!;
    if (node === null || typeof node !== 'object') continue;
    deepest = Math.max(deepest, depth + 1);
    if (deepest > MAX_BODY_DEPTH) return deepest;
    for (const child of Object.values(node)) stack.push([child, depth + 1]);
  }
  return deepest;
};

const tooDeep = (): ProblemError =>
  new ProblemError({
    type: PROBLEM_BASE + 'invalid-request',
    title: 'Bad Request',
    status: 400,
    detail: `body: nested more than ${MAX_BODY_DEPTH} levels deep`,
    errors: [{ field: 'body', messages: [`must not nest more than ${MAX_BODY_DEPTH} levels deep`] }],
  });

/** The first text in a body or query that the log cannot keep (shared-kernel's rule), with its field path. */
const unsafeText = (value: unknown): FieldError | undefined => {
  const stack: [unknown, string][] = [[value, '']];
  while (stack.length > 0) {
    const [node, path] = stack.pop()!;
    if (typeof node === 'string') {
      const why = unsafeCharactersIn(node);
      if (why !== undefined) return { field: path || 'body', messages: [why] };
    } else if (node !== null && typeof node === 'object') {
      for (const [key, child] of Object.entries(node)) stack.push([child, path ? `${path}.${key}` : key]);
    }
  }
  return undefined;
};

const invalid = (error: FieldError): ProblemError =>
  new ProblemError({
    type: PROBLEM_BASE + 'invalid-request',
    title: 'Bad Request',
    status: 400,
    detail: `${error.field}: ${error.messages.join('; ')}`,
    errors: [error],
  });

/**
 * Refuses a body nested past MAX_BODY_DEPTH before class-transformer walks it (recursively), and
 * control characters or lone surrogates in any text of a body or query, naming the field.
 */
class BoundedValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && depthOf(value) > MAX_BODY_DEPTH) throw tooDeep();
    if (metadata.type === 'body' || metadata.type === 'query') {
      const unsafe = unsafeText(value);
      if (unsafe) throw invalid(unsafe);
    }
    return super.transform(value, metadata);
  }
}

/**
 * Unknown fields are refused, and a 400 names each field and why. This is the one place they stop
 * (the seed files' reader refuses them likewise): handlers build commands from the DTO's fields,
 * and the deciders store a command's data as it comes, since what is stored is kept forever.
 */
export const validationPipe = (): ValidationPipe =>
  new BoundedValidationPipe({
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
