/** A tiny fetch wrapper for the end-to-end specs: real HTTP, JSON in and out, headers kept. */
export interface HttpResponse<T = any> {
  readonly status: number;
  readonly body: T;
  readonly headers: Headers;
  readonly etag: string | null;
}

export class HttpClient {
  private token: string | undefined;

  constructor(private readonly baseUrl: string) {}

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
        ...headers,
      },
      ...(body === undefined ? {} : { body: typeof body === 'string' ? body : JSON.stringify(body) }),
    });
    // ignoreBOM keeps a byte order mark in the text, so a spec can see that a CSV export has one.
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await response.arrayBuffer());
    const parsed = text && /json/.test(response.headers.get('content-type') ?? '') ? JSON.parse(text) : text;
    return { status: response.status, body: parsed as T, headers: response.headers, etag: response.headers.get('etag') };
  }
}
