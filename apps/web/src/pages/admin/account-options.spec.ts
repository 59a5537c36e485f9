import { describe, expect, it } from '@jest/globals';
import type { Account } from '../accounts/accounts-api';
import { accountOptions, holderOf, REMOVED_ACCOUNT } from './account-options';

const account = (id: string, fields: Partial<Account>): Account => ({
  id,
  username: id,
  displayName: id,
  email: null,
  administrator: false,
  status: 'active',
  hasPassword: true,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
  ...fields,
});

const ACCOUNTS = [
  account('7f3c', { username: 'lomma.ordforande', displayName: 'Örjan Ek' }),
  account('lomma.rad.polis', { displayName: 'Rådsrepresentant, polisen' }),
  account('a81d', { username: null, displayName: 'Anna Andersson', email: 'anna.andersson@lomma.se' }),
  account('c002', { displayName: 'Avstängd Person', status: 'disabled' }),
  account('d9e0', { username: null, displayName: null, status: 'removed' }),
];

describe('the accounts the roles page offers and names', () => {
  it('offers the active accounts by name, with the username (or e-mail) beside it, sending the id', () => {
    expect(accountOptions(ACCOUNTS)).toEqual([
      { id: 'a81d', label: 'Anna Andersson (anna.andersson@lomma.se)' },
      { id: 'lomma.rad.polis', label: 'Rådsrepresentant, polisen (lomma.rad.polis)' },
      { id: '7f3c', label: 'Örjan Ek (lomma.ordforande)' },
    ]);
  });

  it('offers nothing while the accounts are not yet read', () => {
    expect(accountOptions(undefined)).toEqual([]);
  });

  it("shows a holder by the account's name and username (or e-mail), a removed one as removed, and an unknown id as itself", () => {
    expect(holderOf(ACCOUNTS, '7f3c')).toEqual({ name: 'Örjan Ek', handle: 'lomma.ordforande' });
    expect(holderOf(ACCOUNTS, 'a81d')).toEqual({ name: 'Anna Andersson', handle: 'anna.andersson@lomma.se' });
    expect(holderOf(ACCOUNTS, 'd9e0')).toEqual({ name: REMOVED_ACCOUNT, handle: 'd9e0' });
    expect(holderOf(ACCOUNTS, 'okand')).toEqual({ name: 'okand', handle: 'okand' });
    expect(holderOf(undefined, '7f3c')).toEqual({ name: '7f3c', handle: '7f3c' });
  });
});
