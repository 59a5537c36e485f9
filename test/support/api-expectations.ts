import { expect } from '@jest/globals';
import type { StoredEvent } from '@samverkan/event-store';
import type { EventMetadata } from '@samverkan/shared-kernel';
import type { HttpResponse } from './http-client.js';

/**
 * The `then` of an API specification (api-specification.ts): what the response and the appended
 * events must be. Like Emmett's expectResponse / expectNewEvents, with the ids the request
 * generated named by their order (`generatedId(1)`), since the app's ids come in a known sequence.
 */

/** Stands for the n-th id (1-based) the request under test generated, in an expected value. */
export class GeneratedId {
  constructor(readonly n: number) {}
}
export const generatedId = (n: number): GeneratedId => new GeneratedId(n);

/** What a scenario's assertions see: the response and the events the request appended, by stream. */
export interface Outcome {
  readonly response: HttpResponse;
  readonly newEvents: ReadonlyMap<string, readonly StoredEvent[]>;
  /** Replaces each generatedId(n) in an expected value with the id it stands for. */
  resolve<T>(expected: T): T;
  /** The n-th id (1-based) the request generated. */
  idOf(n: number): string;
  readonly now: string;
  readonly correlationId: string;
}
export interface Assertion {
  /** Streams this assertion expects new events in; a scenario with none expects no writes at all. */
  streams?(outcome: Outcome): readonly string[];
  check(outcome: Outcome): void;
}

export const expectResponse = (status: number, expected: { body?: unknown; headers?: Record<string, string | null> } = {}): Assertion => ({
  check: ({ response, resolve }) => {
    expect({ status: response.status, body: response.body }).toMatchObject({
      status,
      ...(expected.body === undefined ? {} : { body: resolve(expected.body) }),
    });
    for (const [name, value] of Object.entries(resolve(expected.headers ?? {}))) expect(response.headers.get(name)).toBe(value);
  },
});

/** A refusal: the status and the problem details it carries (`rule`, `errors[].field` …). */
export const expectError = (status: number, problem: Record<string, unknown> = {}): Assertion => expectResponse(status, { body: problem });

/** The 400 naming exactly these fields. */
export const expectInvalidFields = (...fields: string[]): Assertion => ({
  check: ({ response }) => {
    expect(response.status).toBe(400);
    expect((response.body.errors as { field: string }[]).map((e) => e.field).sort()).toEqual([...fields].sort());
  },
});

export interface ExpectedEvent {
  readonly type: string;
  readonly schemaVersion?: number;
  readonly data: unknown;
}

/** A stream name, or one made from the ids the request generated (a new focus area's stream). */
export type StreamName = string | ((idOf: (n: number) => string) => string);
const streamName = (name: StreamName, outcome: Outcome): string => (typeof name === 'string' ? name : name(outcome.idOf));

/**
 * Exactly these events, in order, were appended to the stream; each carries the fixed time, the
 * request's correlation id and the metadata given here (the actor, the party, the machine version).
 */
export const expectNewEvents = (stream: StreamName, events: readonly ExpectedEvent[], metadata: Partial<EventMetadata>): Assertion => ({
  streams: (outcome) => [streamName(stream, outcome)],
  check: (outcome) => {
    const { newEvents, resolve, now, correlationId } = outcome;
    const appended = newEvents.get(streamName(stream, outcome)) ?? [];
    expect(appended.map(({ type, schemaVersion, data }) => ({ type, schemaVersion, data }))).toEqual(
      resolve(events).map((e) => ({ schemaVersion: 1, ...e })),
    );
    for (const event of appended) expect(event.metadata).toEqual({ occurredAt: now, correlationId, signIn: { method: 'password' }, ...metadata });
  },
});
