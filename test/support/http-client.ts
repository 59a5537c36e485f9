/** A tiny fetch wrapper for the end-to-end specs: real HTTP, JSON in and out, headers kept. */
export interface HttpResponse<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
  readonly etag: string | null;
}

export class HttpClient {
  private token: string | undefined;
  /** The browser's session cookie (`name=value`) once `startSession` signed in; sent like a browser would. */
  cookie: string | undefined;
  /** The session's CSRF token, sent as X-CSRF-Token on unsafe requests; a spec clears it to see the refusal. */
  csrfToken: string | undefined;

  constructor(private readonly baseUrl: string) {}

  /** Signs in as the browser does (POST /auth/session): keeps the cookie and the CSRF token instead of a bearer token. */
  async startSession(username: string, password: string): Promise<HttpResponse> {
    const res = await this.post('/auth/session', { username, password });
    if (res.status === 200) this.keepSession(res);
    return res;
  }

  /** Keeps the session cookie a response set (sign-in, a one-time link). */
  keepSession(res: HttpResponse): void {
    const setCookie = res.headers.getSetCookie().find((c) => c.startsWith('samverkan_session='));
    if (setCookie) this.cookie = setCookie.split(';')[0];
    if (typeof res.body?.csrfToken === 'string') this.csrfToken = res.body.csrfToken;
  }

  async signIn(username: string, password: string): Promise<void> {
    const res = await this.post('/auth/token', { username, password });
    if (res.status !== 200) throw new Error(`sign-in as ${username} failed: ${res.status} ${JSON.stringify(res.body)}`);
    this.token = res.body.accessToken;
  }

  get = <T = any>(path: string, headers: Record<string, string> = {}) => this.send<T>('GET', path, undefined, headers);
  post = <T = any>(path: string, body?: unknown, headers: Record<string, string> = {}) => this.send<T>('POST', path, body, headers);
  put = <T = any>(path: string, body?: unknown, headers: Record<string, string> = {}) => this.send<T>('PUT', path, body, headers);
  delete = <T = any>(path: string, headers: Record<string, string> = {}) => this.send<T>('DELETE', path, undefined, headers);

  async send<T>(method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<HttpResponse<T>> {
    const response = await fetch(this.baseUrl + path, {
      method,
      headers: {
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        ...(this.token ? { authorization: `Bearer ${this.token}` } : {}),
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.csrfToken && !['GET', 'HEAD'].includes(method) ? { 'x-csrf-token': this.csrfToken } : {}),
        ...headers,
      },
      // Bytes go as they are (an annex file upload names its own content-type in `headers`).
      ...(body === undefined ? {} : { body: typeof body === 'string' || body instanceof Uint8Array ? body : JSON.stringify(body) }),
    });
    // ignoreBOM keeps a byte order mark in the text, so a spec can see that a CSV export has one.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const parsed = text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
    return { status: response.status, body: parsed as T, headers: response.headers, etag: response.headers.get('etag') };
  }
}
