import { describe, expect, it, jest } from '@jest/globals';
import { ApiClient, revisionOf } from './client';
import { ApiProblem, isStale, problemMessageSv, STALE_MESSAGE } from './problem';

interface Sent {
  readonly url: string;
  readonly init: RequestInit;
}

/** A client whose fetch answers from a script and records what was sent. */
const clientAnswering = (...answers: Array<() => Response>) => {
  const sent: Sent[] = [];
  const onUnauthorized = jest.fn();
  let token: string | null = 'csrf-1';
  const client = new ApiClient({
    csrfToken: () => token,
    signedIn: () => token !== null,
    onUnauthorized,
    fetch: async (input, init) => {
      sent.push({ url: String(input), init: init ?? {} });
      const next = answers.shift();
      if (!next) throw new Error('no answer scripted');
      return next();
    },
  });
  return { client, sent, onUnauthorized, signOut: () => (token = null) };
};

const json =
  (status: number, body: unknown, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const problem =
  (status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  () =>
    new Response(JSON.stringify({ status, ...body }), { status, headers: { 'content-type': 'application/problem+json', ...headers } });

const header = (s: Sent, name: string) => (s.init.headers as Record<string, string>)[name];

describe('api client', () => {
  it('sends the session cookie (same origin), no CSRF token on a read, and answers the body with its ETag', async () => {
    const { client, sent } = clientAnswering(json(200, { revision: 3 }, { etag: '"3"' }));
    const res = await client.get<{ revision: number }>('/focus-areas/f');
    expect(res).toEqual({ data: { revision: 3 }, etag: '"3"' });
    expect(sent[0]!.url).toBe('/api/focus-areas/f');
    expect(sent[0]!.init.credentials).toBe('same-origin');
    expect(header(sent[0]!, 'x-csrf-token')).toBeUndefined();
    expect(header(sent[0]!, 'authorization')).toBeUndefined();
  });

  it("sends the session's CSRF token on every write", async () => {
    const { client, sent } = clientAnswering(json(200, { revision: 1, position: '5' }));
    await client.command('POST', '/x', {});
    expect(header(sent[0]!, 'x-csrf-token')).toBe('csrf-1');
  });

  it('reads a route of the OpenAPI document with its parameters filled in, encoded, and its query', async () => {
    const { client, sent } = clientAnswering(json(200, { agreementId: 'a b', today: '2025-03-01', focusAreas: [] }));
    const res = await client.read('/agreements/{agreementId}/late-and-due', { agreementId: 'a b' }, { query: { today: '2025-03-01' } });
    expect(res.data.today).toBe('2025-03-01');
    expect(sent[0]!.url).toBe('/api/agreements/a%20b/late-and-due?today=2025-03-01');
  });

  describe('a refused command', () => {
    it('carries the rule and the Swedish detail of a broken business rule', async () => {
      const { client } = clientAnswering(problem(422, { rule: 'ProposalMustBePending', detail: 'Förslaget väntar inte på beslut.' }));
      const error = await client.command('POST', '/x', {}).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ApiProblem);
      expect(error).toMatchObject({ status: 422, rule: 'ProposalMustBePending' });
      expect(problemMessageSv(error)).toBe('Förslaget väntar inte på beslut.');
    });

    it('carries the field a rule names, so a form can mark it', async () => {
      const { client } = clientAnswering(problem(422, { rule: 'MeasureDueWithinAgreementPeriod', field: 'dueDate', detail: 'Åtgärden …' }));
      const error = await client.command('POST', '/x', {}).catch((e: unknown) => e);
      expect(error).toMatchObject({ status: 422, rule: 'MeasureDueWithinAgreementPeriod', field: 'dueDate' });
    });

    it('on a stale If-Match (412) says in Swedish that the page was refreshed', async () => {
      const { client, sent } = clientAnswering(problem(412, { detail: 'If-Match "2" does not match …' }));
      const error = await client.command('POST', '/x', {}, '"2"').catch((e: unknown) => e);
      expect(header(sent[0]!, 'if-match')).toBe('"2"');
      expect(isStale(error)).toBe(true);
      expect(problemMessageSv(error)).toBe(STALE_MESSAGE);
    });

    it('keeps the Retry-After of a read model that is behind (503)', async () => {
      const { client } = clientAnswering(problem(503, { detail: 'behind' }, { 'retry-after': '1' }));
      await expect(client.get('/agreements/a/board', { readModel: true })).rejects.toMatchObject({ status: 503, retryAfterSeconds: 1 });
    });
  });

  it('reads its own writes: read-model queries name the highest position written, other reads do not', async () => {
    const { client, sent } = clientAnswering(
      json(200, { focusAreaId: 'f', revision: 4, position: '128' }),
      json(200, { focusAreaId: 'f', revision: 5, position: '97' }),
      json(200, []),
      json(200, {}),
    );
    await client.command('POST', '/focus-areas/f/proposals/p/approvals');
    await client.command('POST', '/focus-areas/g/proposals/q/approvals');
    await client.get('/agreements/a/inbox', { readModel: true });
    await client.get('/focus-areas/f');
    expect(sent.map((s) => s.url)).toEqual([
      '/api/focus-areas/f/proposals/p/approvals',
      '/api/focus-areas/g/proposals/q/approvals',
      '/api/agreements/a/inbox?minPosition=128',
      '/api/focus-areas/f',
    ]);
    client.forgetPositions();
    expect(client.lastPosition).toBeNull();
  });

  it('tells the app when the API says the session ended (401)', async () => {
    const { client, onUnauthorized } = clientAnswering(problem(401, { detail: 'expired' }));
    await expect(client.get('/agreements')).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('does not sign out on a failed sign-in, which has no session yet', async () => {
    const { client, onUnauthorized, signOut } = clientAnswering(problem(401, { detail: 'wrong password' }));
    signOut();
    await expect(client.request('/auth/session', { method: 'POST', body: {} })).rejects.toMatchObject({ status: 401 });
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('turns a network failure into a problem of status 0, in Swedish', async () => {
    const { client } = clientAnswering(() => {
      throw new TypeError('fetch failed');
    });
    const error = await client.get('/agreements').catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 0 });
    expect(problemMessageSv(error)).toMatch(/Servern gick inte att nå/);
  });

  it('reads the revision inside an ETag', () => {
    expect(revisionOf('"12"')).toBe(12);
    expect(revisionOf('W/"3"')).toBe(3);
    expect(revisionOf(null)).toBeNull();
    expect(revisionOf('abc')).toBeNull();
  });
});
