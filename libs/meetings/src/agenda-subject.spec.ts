import { describe, expect, it } from '@jest/globals';
import { sameSubject } from './agenda-subject.js';

describe('agenda subjects', () => {
  it('are the same matter when kind and ids agree', () => {
    expect(sameSubject({ kind: 'transition', focusAreaId: 'f', proposalId: 'p' }, { kind: 'transition', focusAreaId: 'f', proposalId: 'p' })).toBe(true);
    expect(sameSubject({ kind: 'annexVersion', annexId: 'a', version: 2 }, { kind: 'annexVersion', annexId: 'a', version: 2 })).toBe(true);
  });

  it('differ on any id, version or kind, and an "other" item is never a decision matter', () => {
    expect(sameSubject({ kind: 'transition', focusAreaId: 'f', proposalId: 'p' }, { kind: 'transition', focusAreaId: 'f', proposalId: 'q' })).toBe(false);
    expect(sameSubject({ kind: 'annexVersion', annexId: 'a', version: 2 }, { kind: 'annexVersion', annexId: 'a', version: 3 })).toBe(false);
    expect(sameSubject({ kind: 'amendment', amendmentId: 'x' }, { kind: 'followUp', focusAreaId: 'x' })).toBe(false);
    expect(sameSubject({ kind: 'other' }, { kind: 'other' })).toBe(false);
  });
});
