/**
 * RFC 9457 problem details as the API sends them (README: `rule` names the business rule and
 * `field` the request field it concerns, `detail` is Swedish for a broken rule), and the Swedish
 * sentence each kind of problem is shown with.
 */
import type { components } from './generated/schema';

/** One invalid field of a 400 and why (the API's `FieldErrorView`). */
export type FieldError = components['schemas']['FieldErrorView'];

/** The API's problem document (`ProblemView`); only `status` is sure, a network failure has nothing else. */
export type ProblemBody = Partial<Omit<components['schemas']['ProblemView'], 'status'>> & { readonly status: number };

export class ApiProblem extends Error {
  readonly status: number;
  readonly rule: string | undefined;
  readonly field: string | undefined;
  readonly detail: string | undefined;
  readonly errors: readonly FieldError[];
  readonly retryAfterSeconds: number | undefined;

  constructor(
    readonly problem: ProblemBody,
    retryAfterSeconds?: number,
  ) {
    super(problem.detail ?? problem.title ?? `HTTP ${problem.status}`);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.rule = problem.rule;
    this.field = problem.field;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** Status 0: the request never reached the server (network down, server stopped). */
export const networkProblem = (): ApiProblem => new ApiProblem({ status: 0, title: 'Network error', detail: 'Servern gick inte att nå.' });

export const STALE_MESSAGE =
  'Någon annan har ändrat uppgifterna sedan du öppnade sidan. Inget av det du skickade sparades – sidan har uppdaterats med det senaste. Kontrollera och försök igen.';

/** 412 (a stale If-Match) and 409 (a writer at the same moment): refresh and let the user decide again. */
export const isStale = (error: unknown): error is ApiProblem => error instanceof ApiProblem && (error.status === 412 || error.status === 409);

/** The sentence a user reads for a problem, in Swedish. Only a broken rule's detail is Swedish from the API. */
export const problemMessageSv = (error: unknown): string => {
  if (!(error instanceof ApiProblem)) return 'Något gick fel. Försök igen.';
  switch (error.status) {
    case 0:
      return 'Servern gick inte att nå. Kontrollera nätverket och försök igen.';
    case 400:
      return 'Uppgifterna kunde inte tas emot. Kontrollera fälten och försök igen.';
    case 401:
      return 'Du är inte inloggad, eller så har inloggningen gått ut. Logga in igen.';
    case 403:
      return 'Du har inte behörighet att göra detta.';
    case 404:
      return 'Det du söker finns inte, eller så ingår du inte i den överenskommelse det hör till.';
    case 409:
    case 412:
      return STALE_MESSAGE;
    case 422:
      return error.detail ?? 'Åtgärden stoppades av en regel i samverkansprocessen.';
    case 503:
      return 'Tjänsten hann inte uppdatera sina sammanställningar. Försök igen om en stund.';
    default:
      return 'Något gick fel i tjänsten. Försök igen om en stund.';
  }
};
