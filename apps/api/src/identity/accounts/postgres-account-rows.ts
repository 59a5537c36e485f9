import type { SignInEvidence } from '../external-sign-in.js';
import type { AccountRecord, InvitationRecord, PendingSignInRecord, SessionRecord } from './account-store.port.js';

/* The rows of the accounts' PostgreSQL tables as `pg` reads them (timestamptz as a Date, jsonb parsed), and the records they make. */

export interface AccountRow {
  id: string;
  username: string | null;
  display_name: string | null;
  email: string | null;
  password_hash: string | null;
  administrator: boolean;
  status: AccountRecord['status'];
  created_at: Date;
  updated_at: Date;
}

export interface InvitationRow {
  id: string;
  email: string;
  account_id: string;
  expires_at: Date;
  created_at: Date;
}

export interface PendingSignInRow {
  id: string;
  issuer: string;
  subject: string;
  name: string | null;
  email: string | null;
  first_seen_at: Date;
}

export interface SessionRow {
  id_hash: string;
  account_id: string;
  csrf_token: string;
  sign_in: SignInEvidence;
  created_at: Date;
  last_seen_at: Date;
}

const iso = (at: Date): string => at.toISOString();

export const toAccount = (r: AccountRow): AccountRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  email: r.email,
  passwordHash: r.password_hash,
  administrator: r.administrator,
  status: r.status,
  createdAt: iso(r.created_at),
  updatedAt: iso(r.updated_at),
});

export const toInvitation = (r: InvitationRow): InvitationRecord => ({
  id: r.id,
  email: r.email,
  accountId: r.account_id,
  expiresAt: iso(r.expires_at),
  createdAt: iso(r.created_at),
});

export const toPendingSignIn = (r: PendingSignInRow): PendingSignInRecord => ({
  id: r.id,
  issuer: r.issuer,
  subject: r.subject,
  name: r.name,
  email: r.email,
  firstSeenAt: iso(r.first_seen_at),
});

export const toSession = (r: SessionRow): SessionRecord => ({
  idHash: r.id_hash,
  accountId: r.account_id,
  csrfToken: r.csrf_token,
  signIn: r.sign_in,
  createdAt: iso(r.created_at),
  lastSeenAt: iso(r.last_seen_at),
});
