import fc from 'fast-check';
import { BAD_CONTENT_TYPES, BAD_IF_MATCH, BAD_QUERY_VALUES, BAD_SEGMENTS, BAD_VALUES, MALFORMED_BODIES } from './bad-values.js';
import type { Operation, Parameter, Schema } from './openapi-operations.js';

/** One request the fuzzer sends: everything already encoded, so nothing is normalised on the way. */
export interface FuzzRequest {
  readonly method: string;
  readonly path: string;
  readonly headers: Record<string, string>;
  readonly body?: string;
  /** Which signed-in client sends it (an index into the spec's list), or none. */
  readonly as: number | null;
}

/** Values the app knows (seeded ids), so that most requests get past "not found" to the rules. */
export interface KnownValues {
  readonly ids: Record<string, readonly string[]>;
  readonly fallbackIds: readonly string[];
}

type Resolve = (schema: Schema | undefined) => Schema;

const plausibleString = (name: string, schema: Schema, known: KnownValues): fc.Arbitrary<string> => {
  if (schema.enum?.length) return fc.constantFrom(...(schema.enum as string[]));
  if (schema.format === 'date' || /date|from|to|asOf|today/i.test(name)) return fc.constantFrom('2025-06-01', '2024-02-29', '2027-12-31');
  if (/id$/i.test(name)) return fc.constantFrom(...(known.ids[name] ?? known.fallbackIds));
  return fc.oneof(fc.constantFrom('Trygghetsvandring', 'Polisen', 'Fler vuxna ute kvällstid'), fc.string({ minLength: 1, maxLength: 20 }));
};

/** A value that fits the schema as far as its shape goes (the rules may still refuse it). */
const plausible = (schema: Schema | undefined, resolve: Resolve, known: KnownValues, name = '', depth = 0): fc.Arbitrary<unknown> => {
  const s = resolve(schema);
  if (s.enum?.length) return fc.constantFrom(...s.enum);
  if (s.oneOf?.length || s.anyOf?.length) return fc.oneof(...(s.oneOf ?? s.anyOf ?? []).map((o) => plausible(o, resolve, known, name, depth + 1)));
  const type = s.type ?? (s.properties ? 'object' : 'string');
  if (depth > 6) return fc.constant(null);
  switch (type) {
    case 'object': {
      const entries = Object.entries(s.properties ?? {}).map(([key, child]) => [key, plausible(child, resolve, known, key, depth + 1)] as const);
      const required = s.required ?? [];
      return fc.record(Object.fromEntries(entries), { requiredKeys: required.filter((k) => s.properties?.[k]) as never[] });
    }
    case 'array':
      return fc.array(plausible(s.items, resolve, known, name, depth + 1), { maxLength: 3 });
    case 'integer':
      return fc.integer({ min: s.minimum ?? 0, max: Math.min(s.maximum ?? 100, 100) });
    case 'number':
      return fc.double({ min: 0, max: 1000, noNaN: true });
    case 'boolean':
      return fc.boolean();
    default:
      return plausibleString(name, s, known);
  }
};

/** Paths into a JSON value, so one place in it can be spoiled. */
const pathsOf = (value: unknown, prefix: (string | number)[] = []): (string | number)[][] => {
  if (value === null || typeof value !== 'object') return [prefix];
  const keys = Array.isArray(value) ? value.map((_, i) => i) : Object.keys(value);
  return [prefix, ...keys.flatMap((k) => pathsOf((value as Record<string | number, unknown>)[k], [...prefix, k]))];
};

const setAt = (value: unknown, path: (string | number)[], replacement: unknown, remove: boolean): unknown => {
  if (path.length === 0) return remove ? undefined : replacement;
  const [head, ...rest] = path;
  const copy = (Array.isArray(value) ? [...value] : { ...(value as object) }) as Record<string | number, unknown>;
  const next = setAt(copy[head!], rest, replacement, remove);
  if (next === undefined && Array.isArray(copy) === false) delete copy[head!];
  else copy[head!] = next;
  return copy;
};

type Spoil = { kind: 'replace'; value: unknown } | { kind: 'remove' } | { kind: 'extra'; key: string; value: unknown } | { kind: 'wrap' };

const spoil: fc.Arbitrary<Spoil> = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...BAD_VALUES).map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 1, arbitrary: fc.anything({ maxDepth: 3 }).map((value) => ({ kind: 'replace' as const, value })) },
  { weight: 2, arbitrary: fc.constant({ kind: 'remove' as const }) },
  {
    weight: 1,
    arbitrary: fc
      .tuple(fc.constantFrom('extra', '__proto__', 'constructor', 'a'.repeat(500)), fc.constantFrom(...BAD_VALUES))
      .map(([key, value]) => ({ kind: 'extra' as const, key, value })),
  },
  { weight: 1, arbitrary: fc.constant({ kind: 'wrap' as const }) },
);

const spoilOnce = (current: unknown, [pick, s]: [number, Spoil]): unknown => {
  const paths = pathsOf(current);
  const path = paths[pick % paths.length]!;
  switch (s.kind) {
    case 'replace':
      return setAt(current, path, s.value, false);
    case 'remove':
      return path.length === 0 ? current : setAt(current, path, undefined, true);
    case 'extra':
      return current !== null && typeof current === 'object' && !Array.isArray(current) ? { ...current, [s.key]: s.value } : current;
    case 'wrap':
      return setAt(current, path, [pathsOf(current).length], false);
  }
};

const spoiled = (value: unknown, spoils: readonly [number, Spoil][]): unknown => {
  let current = value;
  for (const s of spoils) current = spoilOnce(current, s);
  return current;
};

const bodyOf = (op: Operation, resolve: Resolve, known: KnownValues): fc.Arbitrary<{ body?: string; contentType?: string }> => {
  if (op.method === 'GET') return fc.constant({});
  if (!op.body)
    return fc.oneof(
      { weight: 8, arbitrary: fc.constant({}) },
      { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_BODIES).map((body) => ({ body, contentType: 'application/json' })) },
    );
  const json = fc.tuple(plausible(op.body, resolve, known), fc.array(fc.tuple(fc.nat(), spoil), { maxLength: 2 })).map(([value, spoils]) => ({
    body: JSON.stringify(spoiled(value, spoils)) ?? 'null',
    contentType: 'application/json',
  }));
  return fc.oneof(
    { weight: 12, arbitrary: json },
    { weight: 1, arbitrary: fc.constantFrom(...MALFORMED_BODIES).map((body) => ({ body, contentType: 'application/json' })) },
    { weight: 1, arbitrary: fc.tuple(json, fc.constantFrom(...BAD_CONTENT_TYPES)).map(([b, contentType]) => ({ ...b, contentType })) },
  );
};

const pathParam = (p: Parameter, known: KnownValues): fc.Arbitrary<string> =>
  fc.oneof(
    {
      weight: 6,
      arbitrary:
        p.schema?.type === 'number' || p.schema?.type === 'integer'
          ? fc.constantFrom('0', '1', '3')
          : fc.constantFrom(...(known.ids[p.name] ?? known.fallbackIds)),
    },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_SEGMENTS) },
  );

const queryParam = (p: Parameter, resolve: Resolve, known: KnownValues): fc.Arbitrary<string[]> =>
  fc.oneof(
    { weight: 3, arbitrary: fc.constant<string[]>([]) },
    { weight: 3, arbitrary: plausible(p.schema, resolve, known, p.name).map((v) => [`${p.name}=${encodeURIComponent(String(v))}`]) },
    { weight: 2, arbitrary: fc.constantFrom(...BAD_QUERY_VALUES).map((v) => [`${p.name}=${v}`]) },
    { weight: 1, arbitrary: fc.constantFrom(...BAD_QUERY_VALUES).map((v) => [`${p.name}=1`, `${p.name}=${v}`]) },
    { weight: 1, arbitrary: fc.constant<string[]>([`${p.name}[a]=1`]) },
  );

/** Requests for one operation: mostly plausible, each spoiled somewhere, sent by one of `clients` signed-in clients or anonymously. */
export const requestsFor = (op: Operation, resolve: Resolve, known: KnownValues, clients: number): fc.Arbitrary<FuzzRequest> =>
  fc
    .record({
      path: fc.tuple(...op.parameters.filter((p) => p.in === 'path').map((p) => pathParam(p, known).map((v) => [p.name, v] as const))),
      query: fc.tuple(...op.parameters.filter((p) => p.in === 'query').map((p) => queryParam(p, resolve, known))),
      body: bodyOf(op, resolve, known),
      ifMatch: fc.option(fc.constantFrom(...BAD_IF_MATCH, '"0"', '"5"'), { freq: 4 }),
      as: fc.option(fc.nat({ max: clients - 1 }), { freq: 8 }),
    })
    .map(({ path, query, body, ifMatch, as }) => {
      const filled = path.reduce((p, [name, value]) => p.replace(`{${name}}`, value), op.path);
      const search = query.flat();
      return {
        method: op.method,
        path: filled + (search.length ? `?${search.join('&')}` : ''),
        headers: { ...(body.contentType === undefined ? {} : { 'content-type': body.contentType }), ...(ifMatch === null ? {} : { 'if-match': ifMatch }) },
        ...(body.body === undefined ? {} : { body: body.body }),
        as,
      };
    });
