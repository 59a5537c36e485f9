import { describe, expect, it } from '@jest/globals';
import { NO_UPCASTERS, SchemaVersionNotReadableError, upcast, type UpcasterRegistry } from './upcasting.js';

/** A measure's follow-up in three versions: v1 had `state`, v2 renamed it `status`, v3 added `comment`. */
const registry: UpcasterRegistry = {
  current: { MeasureFollowedUp: 3 },
  upcasters: {
    MeasureFollowedUp: {
      1: (data) => {
        const { state, ...rest } = data as { state: string };
        return { ...rest, status: state };
      },
      2: (data) => ({ ...(data as object), comment: null }),
    },
  },
};

describe('upcast', () => {
  it('raises a version-1 event through every upcaster to the version the code reads', () => {
    expect(upcast(registry, { type: 'MeasureFollowedUp', schemaVersion: 1, data: { measureId: 'm-1', state: 'red' } })).toEqual({
      type: 'MeasureFollowedUp',
      schemaVersion: 3,
      data: { measureId: 'm-1', status: 'red', comment: null },
    });
  });

  it('leaves an event in the current version as it is, and keeps its other fields', () => {
    const stored = { type: 'MeasureFollowedUp', schemaVersion: 3, data: { status: 'green', comment: 'ok' }, position: '7' };
    expect(upcast(registry, stored)).toEqual(stored);
  });

  it('reads an event stored without a version as version 1', () => {
    expect(upcast(NO_UPCASTERS, { type: 'Anything', data: { a: 1 } })).toEqual({ type: 'Anything', schemaVersion: 1, data: { a: 1 } });
  });

  it('refuses a version newer than the code reads, naming the type and the version', () => {
    const newer = () => upcast(registry, { type: 'MeasureFollowedUp', schemaVersion: 4, data: {} });
    expect(newer).toThrow(SchemaVersionNotReadableError);
    expect(newer).toThrow('Event MeasureFollowedUp has schema version 4, and this deployment reads version 3');
  });

  it('refuses an old version when an upcaster on the way is missing', () => {
    const gap: UpcasterRegistry = { current: { MeasureFollowedUp: 3 }, upcasters: { MeasureFollowedUp: { 2: (d) => d } } };
    expect(() => upcast(gap, { type: 'MeasureFollowedUp', schemaVersion: 1, data: {} })).toThrow(/schema version 1/);
  });
});
