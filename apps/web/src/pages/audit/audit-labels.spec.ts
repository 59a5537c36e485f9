import { describe, expect, it } from '@jest/globals';
import { signInLabel } from './audit-labels';

describe('signInLabel', () => {
  it('says a password sign-in plainly', () => {
    expect(signInLabel({ signInMethod: 'password' })).toBe('Inloggad med lösenord');
  });

  it("names an identity provider's host and the assurance level's name", () => {
    expect(signInLabel({ signInMethod: 'oidc', signInIssuer: 'https://login.example.se/oidc/', signInAcr: 'http://id.elegnamnden.se/loa/1.0/loa3' })).toBe(
      'Inloggad via login.example.se, tillitsnivå loa3',
    );
    expect(signInLabel({ signInMethod: 'oidc', signInIssuer: 'https://idp.lomma.se' })).toBe('Inloggad via idp.lomma.se');
  });

  it('says nothing for events from before sign-ins were recorded', () => {
    expect(signInLabel({})).toBeNull();
    expect(signInLabel({ signInMethod: null })).toBeNull();
  });
});
