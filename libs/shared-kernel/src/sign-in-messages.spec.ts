import { describe, expect, it } from '@jest/globals';
import { SIGN_IN_FAILURES, SIGN_IN_STATUSES, signInMessage } from './sign-in-messages.js';

describe('the sign-in page’s messages for a sign-in through an identity provider', () => {
  it('gives the Swedish text of a failure code and of the awaiting-approval status', () => {
    expect(signInMessage('fel', 'ogiltigt-svar')).toBe(SIGN_IN_FAILURES['ogiltigt-svar']);
    expect(signInMessage('status', 'vantar-godkannande')).toBe(SIGN_IN_STATUSES['vantar-godkannande']);
  });

  it('says nothing for a code it does not know, for a code of the other kind, or for an inherited property', () => {
    expect(signInMessage('fel', 'okand-kod')).toBeUndefined();
    expect(signInMessage('fel', 'vantar-godkannande')).toBeUndefined();
    expect(signInMessage('status', 'ogiltigt-svar')).toBeUndefined();
    expect(signInMessage('fel', 'toString')).toBeUndefined();
    expect(signInMessage('fel', null)).toBeUndefined();
  });
});
