import type { components } from './generated/schema';
import { type PositionMemory, positionsInMemory } from './positions';
import { ApiProblem, networkProblem, type ProblemBody } from './problem';
import { fillRoute, type Answer, type ReadRoute, type RouteParams, type RouteQuery } from './routes';

export interface ApiResponse<T> {
  readonly data: T;
  /** The stream revision the answer reflects (`"3"`), to send back as If-Match on the next command. */
  readonly etag: string | null;
}

export interface RequestOptions {
  readonly method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  readonly body?: unknown;
  /** The ETag of what the user saw: the API refuses the command with 412 if someone changed it since. */
  readonly ifMatch?: string | null;
  /** A read-model query: ask it to include every write this tab has made (`minPosition`). */
  readonly readModel?: boolean;
  readonly query?: Readonly<Record<string, string | number | undefined>>;
  readonly signal?: AbortSignal;
}

/** What every command answers (README): the new revision (also the ETag) and the position written. */
export type CommandOutcome = Partial<components['schemas']['CommandOutcomeDto']>;

export interface ApiClientOptions {
  readonly baseUrl?: string;
  readonly fetch?: typeof fetch;
  /** The session's CSRF token, sent as X-CSRF-Token on every write (the session cookie goes by itself). */
  readonly csrfToken: () => string | null;
  /** Whether a session is believed to be open: only then does a 401 mean it ended. */
  readonly signedIn: () => boolean;
  /** Called when the API says the session ended (401), so the app can show the sign-in page. */
  readonly onUnauthorized?: () => void;
  /** Where the highest position written is kept (default: in memory, for this page only). */
  readonly positions?: PositionMemory;
}

const positionValue = (position: string): bigint => BigInt(position);

/**
 * A typed fetch client for the Samverkan API: the session cookie (same origin) and the CSRF token on
 * writes, JSON, problem details turned into
 * `ApiProblem`, ETag out and If-Match in, and read-your-writes: every command's `position` is
 * remembered, and read-model queries pass the highest one as `minPosition`, so a list read right
 * after a decision already shows it.
 */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly positions: PositionMemory;

  constructor(private readonly options: ApiClientOptions) {
    this.baseUrl = options.baseUrl ?? '/api';
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.positions = options.positions ?? positionsInMemory();
  }

  /** The highest position this tab's commands wrote, or null before its first write. */
  get lastPosition(): string | null {
    const position = this.positions.read();
    return position !== null && /^\d+$/.test(position) ? position : null;
  }

  rememberPosition(position: string | undefined): void {
    if (position === undefined || !/^\d+$/.test(position)) return;
    const highest = this.lastPosition;
    if (highest === null || positionValue(position) > positionValue(highest)) this.positions.write(position);
  }

  forgetPositions(): void {
    this.positions.write(null);
  }

  get<T>(path: string, options: Omit<RequestOptions, 'method' | 'body'> = {}): Promise<ApiResponse<T>> {
    return this.request<T>(path, options);
  }

  /** A query by its route in the OpenAPI document: the answer's type is the route's generated one. */
  read<R extends ReadRoute>(
    route: R,
    params: RouteParams<R>,
    options: Omit<RequestOptions, 'method' | 'body' | 'query'> & { readonly query?: RouteQuery<R> } = {},
  ): Promise<ApiResponse<Answer<R>>> {
    return this.get<Answer<R>>(fillRoute(route, params), options as Omit<RequestOptions, 'method' | 'body'>);
  }

  /** A command: sends If-Match when given, and remembers the position it wrote. */
  async command<T extends CommandOutcome>(
    method: 'POST' | 'PUT' | 'DELETE',
    path: string,
    body?: unknown,
    ifMatch?: string | null,
  ): Promise<ApiResponse<T>> {
    const response = await this.request<T>(path, { method, body: body ?? {}, ifMatch: ifMatch ?? null });
    this.rememberPosition(response.data?.position);
    return response;
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { accept: 'application/json' };
    const method = options.method ?? 'GET';
    const csrfToken = this.options.csrfToken();
    if (csrfToken && method !== 'GET') headers['x-csrf-token'] = csrfToken;
    const signedIn = this.options.signedIn();
    if (options.body !== undefined) headers['content-type'] = 'application/json';
    if (options.ifMatch) headers['if-match'] = options.ifMatch;

    let response: Response;
    try {
      response = await this.fetchImpl(this.url(path, options), {
        method,
        headers,
        credentials: 'same-origin',
        ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
        ...(options.signal ? { signal: options.signal } : {}),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw networkProblem();
    }

    const parsed = await readBody(response);
    if (!response.ok) {
      if (response.status === 401 && signedIn) this.options.onUnauthorized?.();
      const retryAfter = Number(response.headers.get('retry-after'));
      throw new ApiProblem(asProblem(parsed, response.status), Number.isFinite(retryAfter) && retryAfter > 0 ? retryAfter : undefined);
    }
    return { data: parsed as T, etag: response.headers.get('etag') };
  }

  private url(path: string, options: RequestOptions): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(options.query ?? {})) if (value !== undefined) params.set(key, String(value));
    const position = options.readModel ? this.lastPosition : null;
    if (position !== null) params.set('minPosition', position);
    const search = params.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }
}

const readBody = async (response: Response): Promise<unknown> => {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
};

const asProblem = (body: unknown, status: number): ProblemBody =>
  body && typeof body === 'object' && 'status' in body ? { ...(body as ProblemBody), status } : { status, title: `HTTP ${status}` };

/** The revision inside an ETag (`"3"` → 3), or null when there is none. */
export const revisionOf = (etag: string | null): number | null => {
  const match = etag ? /^(?:W\/)?"(\d+)"$/.exec(etag.trim()) : null;
  return match ? Number(match[1]) : null;
};
