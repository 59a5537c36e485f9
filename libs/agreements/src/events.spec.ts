import { describe, it, expect } from '@jest/globals';
import { agreementStreamId } from './events.js';

describe('agreement events', () => {
  it('are stored on one stream per agreement', () => {
    expect(agreementStreamId('lomma-2023-2027')).toBe('agreement-lomma-2023-2027');
  });
});
