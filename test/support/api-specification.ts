import 'reflect-metadata';
import { afterAll, beforeAll, expect } from '@jest/globals';
import { EVENT_STORE, type EventStore, type Position, type StoredEvent } from '@samverkan/event-store';
import type { EventMetadata } from '@samverkan/shared-kernel';
import { type Assertion, GeneratedId, type Outcome } from './api-expectations.js';
import type { HttpClient, HttpResponse } from './http-client.js';
import { FixedClock, SequentialIds } from './deterministic.js';
import { startTestApp, type TestApp } from './test-app.js';

export * from './api-expectations.js';

/**
 * Given/when/then over real HTTP, in the shape of Emmett's ApiSpecification
 * (emmett-expressjs/src/testing/apiSpecification.ts): given stored events, when one request, then
 * the response and exactly the events it appended. The real app runs with a clock that stands
 * still and ids in a known order, so events are compared whole, times included, and no spec waits.
 * One app per spec file; each scenario gives its own streams, so scenarios do not see each other.
 */

/** An event as it sits in the store: a fact the spec takes as history, written past every rule. */
export interface GivenEvent {
  readonly type: string;
  readonly schemaVersion?: number;
  readonly data: unknown;
  readonly metadata?: Partial<EventMetadata>;
}
export interface GivenStream {
  readonly streamId: string;
  readonly events: readonly GivenEvent[];
  readonly machineVersion?: string;
}

/** Sends one request as a demo user (signed in once per app) or anonymously. */
export interface Requester {
  get(path: string, headers?: Record<string, string>): Promise<HttpResponse>;
  post(path: string, body?: unknown, headers?: Record<string, string>): Promise<HttpResponse>;
  put(path: string, body?: unknown, headers?: Record<string, string>): Promise<HttpResponse>;
  delete(path: string, headers?: Record<string, string>): Promise<HttpResponse>;
}
export interface Api {
  as(username: string): Requester;
  anonymous(): Requester;
}

interface Running {
  readonly app: TestApp;
  readonly store: EventStore;
  readonly clients: Map<string, Promise<HttpClient>>;
}

const CORRELATION_ID = 'api-spec-request';

const lastPosition = async (store: EventStore): Promise<Position | undefined> => {
  let last: Position | undefined;
  for (let batch = await store.readAll({ maxCount: 1000 }); batch.length > 0; batch = await store.readAll({ after: last!, maxCount: 1000 })) {
    last = batch[batch.length - 1]!.position;
  }
  return last;
};

const replaceIds = (value: unknown, idAt: (n: number) => string): unknown => {
  if (value instanceof GeneratedId) return idAt(value.n);
  if (Array.isArray(value)) return value.map((v) => replaceIds(v, idAt));
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, replaceIds(v, idAt)]));
  }
  return value;
};

/** Starts the app for this spec file (beforeAll) and stops it (afterAll); env as for AppModule.forRoot. */
export const apiSpecification = (env: Record<string, string> = {}) => {
  const clock = new FixedClock();
  const ids = new SequentialIds();
  let running: Running;
  beforeAll(async () => {
    const app = await startTestApp(env, { clock, ids });
    running = { app, store: app.app.get<EventStore>(EVENT_STORE), clients: new Map() };
  });
  afterAll(() => running.app.close());

  const given = (...streams: readonly GivenStream[]) => ({
    when: (request: (api: Api) => Promise<HttpResponse>) => ({
      then: async (assertions: readonly Assertion[]): Promise<void> => {
        for (const stream of streams) await appendGiven(running.store, stream, clock.now().toISOString());
        // The marks are taken just before the request is sent, after any sign-in.
        let mark: { position: Position | undefined; ids: number } | undefined;
        const requester = (client: () => Promise<HttpClient>): Requester => {
          const send = async (method: string, path: string, body?: unknown, headers: Record<string, string> = {}) => {
            if (mark) throw new Error('the when of an API specification sends one request');
            const signedIn = await client();
            mark = { position: await lastPosition(running.store), ids: ids.issued };
            return signedIn.send(method, path, body, { 'x-correlation-id': CORRELATION_ID, ...headers });
          };
          return {
            get: (path, headers) => send('GET', path, undefined, headers),
            post: (path, body, headers) => send('POST', path, body, headers),
            put: (path, body, headers) => send('PUT', path, body, headers),
            delete: (path, headers) => send('DELETE', path, undefined, headers),
          };
        };
        const response = await request({
          as: (username) => requester(() => signedIn(running, username)),
          anonymous: () => requester(async () => running.app.anonymous()),
        });
        if (!mark) throw new Error('the when of an API specification must send a request');
        const appended = mark.position === undefined ? await running.store.readAll() : await running.store.readAll({ after: mark.position });
        const newEvents = new Map<string, StoredEvent[]>();
        for (const e of appended) newEvents.set(e.streamId, [...(newEvents.get(e.streamId) ?? []), e]);
        const base = mark.ids;
        const outcome: Outcome = {
          response,
          newEvents,
          resolve: <T>(expected: T) => replaceIds(expected, (n) => SequentialIds.nth(base + n)) as T,
          idOf: (n) => SequentialIds.nth(base + n),
          now: clock.now().toISOString(),
          correlationId: CORRELATION_ID,
        };
        // Like Emmett: events in a stream no assertion names are a failure, so a refusal proves it wrote nothing.
        expect([...newEvents.keys()].sort()).toEqual([...new Set(assertions.flatMap((a) => a.streams?.(outcome) ?? []))].sort());
        for (const assertion of assertions) assertion.check(outcome);
      },
    }),
  });

  return { given, clock, ids };
};

const signedIn = (running: Running, username: string): Promise<HttpClient> => {
  let client = running.clients.get(username);
  if (!client) {
    client = running.app.as(username);
    running.clients.set(username, client);
  }
  return client;
};

/** Writes a given stream as it stood before the scenario, at `occurredAt`, by the coordinator unless an event says who. */
export const appendGiven = async (store: EventStore, stream: GivenStream, occurredAt: string): Promise<void> => {
  if (stream.events.length === 0) return;
  // no_stream: two scenarios sharing a stream id would see each other's events; fail loudly instead.
  await store.appendToStream(
    stream.streamId,
    stream.events.map((e, i) => ({
      eventId: `given-${stream.streamId}-${i}`,
      type: e.type,
      schemaVersion: e.schemaVersion ?? 1,
      data: e.data,
      metadata: {
        actorId: 'lomma.samordnare',
        actorRole: 'coordinator',
        occurredAt,
        correlationId: 'api-spec-given',
        ...(stream.machineVersion ? { machineVersion: stream.machineVersion } : {}),
        ...e.metadata,
      },
    })),
    { expectedRevision: 'no_stream' },
  );
};
