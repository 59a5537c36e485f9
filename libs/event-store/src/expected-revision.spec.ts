import { describe, expect, it } from '@jest/globals';
import { WrongExpectedRevisionError } from './errors.js';
import { assertValidExpectedRevision, checkExpectedRevision } from './expected-revision.js';

describe('checkExpectedRevision', () => {
  it.each([
    ['no_stream', undefined],
    ['any', undefined],
    ['any', 4],
    ['stream_exists', 0],
    ['stream_exists', 9],
    [4, 4],
  ] as const)('accepts expected %p when the stream is at %p', (expected, current) => {
    expect(() => checkExpectedRevision('s', expected, current)).not.toThrow();
  });

  it.each([
    ['no_stream', 0, 0],
    [3, 4, 4],
    [5, 4, 4],
    [0, undefined, 'no_stream'],
    ['stream_exists', undefined, 'no_stream'],
  ] as const)('refuses expected %p when the stream is at %p, reporting %p', (expected, current, actual) => {
    let thrown: unknown;
    try {
      checkExpectedRevision('cycle-1', expected, current);
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(WrongExpectedRevisionError);
    expect(thrown).toMatchObject({ streamId: 'cycle-1', expected, actual });
  });
});

describe('assertValidExpectedRevision', () => {
  it.each([-1, 1.5, Number.NaN])('refuses %p, which no stream can be at', (expected) => {
    expect(() => assertValidExpectedRevision(expected)).toThrow(RangeError);
  });

  it('refuses a word it does not know', () => {
    expect(() => assertValidExpectedRevision('exists' as never)).toThrow(/'no_stream', 'stream_exists', 'any'/);
  });

  it.each(['no_stream', 'stream_exists', 'any', 0, 7] as const)('accepts %p', (expected) => {
    expect(() => assertValidExpectedRevision(expected)).not.toThrow();
  });
});
