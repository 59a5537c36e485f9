import { describe, expect, it } from '@jest/globals';
import {
  agreementIdOfStream,
  agreementStreamId,
  annexIdOfStream,
  annexStreamId,
  focusAreaIdOfStream,
  focusAreaStreamId,
  meetingIdOfStream,
  meetingStreamId,
} from './streams.js';

describe('stream names', () => {
  it('are the names already stored: agreement-<id> and focus-area-<id>', () => {
    expect(agreementStreamId('lomma-2023-2027')).toBe('agreement-lomma-2023-2027');
    expect(focusAreaStreamId('lomma-centrum')).toBe('focus-area-lomma-centrum');
  });

  it('give back the id they were made from, and null for the other kind of stream', () => {
    expect(agreementIdOfStream(agreementStreamId('a-1'))).toBe('a-1');
    expect(focusAreaIdOfStream(focusAreaStreamId('f-1'))).toBe('f-1');
    expect(agreementIdOfStream(focusAreaStreamId('f-1'))).toBeNull();
    expect(focusAreaIdOfStream(agreementStreamId('a-1'))).toBeNull();
  });
});

describe('meeting and annex streams', () => {
  it('are meeting-<id> and annex-<id>, and give back their id', () => {
    expect(meetingStreamId('m-1')).toBe('meeting-m-1');
    expect(annexStreamId('x-1')).toBe('annex-x-1');
    expect(meetingIdOfStream(meetingStreamId('m-1'))).toBe('m-1');
    expect(annexIdOfStream(annexStreamId('x-1'))).toBe('x-1');
    expect(meetingIdOfStream(annexStreamId('x-1'))).toBeNull();
    expect(annexIdOfStream(agreementStreamId('a-1'))).toBeNull();
  });
});
