/**
 * The accounts' tables in PostgreSQL, the same facts as accounts.sqlite's (sqlite-account-store.ts),
 * each name starting with `account` so they sit beside the event store's tables in one database.
 * Each entry moves the schema one version on (migratePostgres); never edit one that shipped.
 */
export const POSTGRES_ACCOUNT_MIGRATIONS: readonly string[] = [
  `CREATE TABLE accounts (
     id text PRIMARY KEY,
     username text CONSTRAINT accounts_username_key UNIQUE,
     display_name text,
     email text,
     password_hash text,
     administrator boolean NOT NULL DEFAULT false,
     status text NOT NULL CHECK (status IN ('active', 'disabled', 'removed')),
     created_at timestamptz NOT NULL,
     updated_at timestamptz NOT NULL
   );
   CREATE TABLE account_identities (
     issuer text NOT NULL,
     subject text NOT NULL,
     account_id text NOT NULL REFERENCES accounts (id),
     linked_at timestamptz NOT NULL,
     PRIMARY KEY (issuer, subject)
   );
   CREATE INDEX account_identities_by_account ON account_identities (account_id);
   CREATE TABLE account_invitations (
     id text PRIMARY KEY,
     email text NOT NULL,
     account_id text NOT NULL REFERENCES accounts (id),
     expires_at timestamptz NOT NULL,
     created_at timestamptz NOT NULL
   );
   CREATE INDEX account_invitations_by_email ON account_invitations (lower(email));
   CREATE INDEX account_invitations_by_account ON account_invitations (account_id);
   CREATE TABLE account_pending_sign_ins (
     id text PRIMARY KEY,
     issuer text NOT NULL,
     subject text NOT NULL,
     name text,
     email text,
     first_seen_at timestamptz NOT NULL,
     UNIQUE (issuer, subject)
   );
   CREATE TABLE account_password_links (
     token_hash text PRIMARY KEY,
     account_id text NOT NULL UNIQUE REFERENCES accounts (id),
     expires_at timestamptz NOT NULL
   );
   CREATE TABLE account_sessions (
     id_hash text PRIMARY KEY,
     account_id text NOT NULL REFERENCES accounts (id),
     csrf_token text NOT NULL,
     sign_in jsonb NOT NULL,
     created_at timestamptz NOT NULL,
     last_seen_at timestamptz NOT NULL
   );
   CREATE INDEX account_sessions_by_account ON account_sessions (account_id);`,
  `CREATE TABLE account_notification_settings (
     account_id text PRIMARY KEY REFERENCES accounts (id),
     kinds jsonb NOT NULL,
     due_within_days integer NOT NULL
   );
   CREATE TABLE account_notification_sender (
     id integer PRIMARY KEY CHECK (id = 1),
     instance_id text NOT NULL,
     since timestamptz NOT NULL
   );`,
];

/**
 * Every statement, by name: each runs as a named (prepared) query, parsed once per connection of
 * the pool, since the guard asks for an account and a session on every request. Each "take" is one
 * DELETE … RETURNING and each multi-table change one statement, so two instances never both use a
 * single-use link and nothing is half-done.
 */
export const SQL = {
  notificationSettings: 'SELECT * FROM account_notification_settings WHERE account_id = $1',
  saveNotificationSettings: `INSERT INTO account_notification_settings (account_id, kinds, due_within_days) VALUES ($1, $2, $3)
    ON CONFLICT (account_id) DO UPDATE SET kinds = excluded.kinds, due_within_days = excluded.due_within_days`,
  listNotificationSettings: "SELECT * FROM account_notification_settings WHERE kinds <> '[]'::jsonb ORDER BY account_id",
  findAccount: 'SELECT * FROM accounts WHERE id = $1',
  findByUsername: 'SELECT * FROM accounts WHERE username = $1',
  listAccounts: 'SELECT * FROM accounts ORDER BY created_at, id',
  saveAccount: `INSERT INTO accounts (id, username, display_name, email, password_hash, administrator, status, created_at, updated_at)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
    ON CONFLICT (id) DO UPDATE SET username = excluded.username, display_name = excluded.display_name, email = excluded.email,
      password_hash = excluded.password_hash, administrator = excluded.administrator, status = excluded.status, updated_at = excluded.updated_at`,
  forgetAccount: `WITH identities AS (DELETE FROM account_identities WHERE account_id = $1),
      invitations AS (DELETE FROM account_invitations WHERE account_id = $1),
      links AS (DELETE FROM account_password_links WHERE account_id = $1),
      notifications AS (DELETE FROM account_notification_settings WHERE account_id = $1)
    DELETE FROM account_sessions WHERE account_id = $1`,
  accountOfIdentity: 'SELECT account_id FROM account_identities WHERE issuer = $1 AND subject = $2',
  linkIdentity: `WITH linked AS (
      INSERT INTO account_identities (issuer, subject, account_id, linked_at) VALUES ($1, $2, $3, $4) RETURNING issuer, subject)
    DELETE FROM account_pending_sign_ins p USING linked WHERE p.issuer = linked.issuer AND p.subject = linked.subject`,
  saveInvitation: 'INSERT INTO account_invitations (id, email, account_id, expires_at, created_at) VALUES ($1, $2, $3, $4, $5)',
  listInvitations: 'SELECT * FROM account_invitations WHERE expires_at > $1 ORDER BY created_at, id',
  // SKIP LOCKED: of two instances taking the same invitation at once, the second finds none.
  takeInvitation: `DELETE FROM account_invitations WHERE id = (
      SELECT id FROM account_invitations WHERE lower(email) = lower($1) AND expires_at > $2
      ORDER BY created_at DESC, id DESC LIMIT 1 FOR UPDATE SKIP LOCKED)
    RETURNING *`,
  forgetPendingBefore: 'DELETE FROM account_pending_sign_ins WHERE first_seen_at < $1',
  // The first sighting is kept (its time and id); a later one only refreshes the claims.
  recordPending: `INSERT INTO account_pending_sign_ins (id, issuer, subject, name, email, first_seen_at) VALUES ($1, $2, $3, $4, $5, $6)
    ON CONFLICT (issuer, subject) DO UPDATE SET name = excluded.name, email = excluded.email`,
  listPending: 'SELECT * FROM account_pending_sign_ins ORDER BY first_seen_at, id',
  findPending: 'SELECT * FROM account_pending_sign_ins WHERE id = $1',
  takePending: 'DELETE FROM account_pending_sign_ins WHERE id = $1 RETURNING *',
  // One link per account: a new one replaces the older, so only the latest works.
  savePasswordLink: `INSERT INTO account_password_links (token_hash, account_id, expires_at) VALUES ($1, $2, $3)
    ON CONFLICT (account_id) DO UPDATE SET token_hash = excluded.token_hash, expires_at = excluded.expires_at`,
  takePasswordLink: 'DELETE FROM account_password_links WHERE token_hash = $1 RETURNING account_id, expires_at > $2 AS live',
  saveSession: 'INSERT INTO account_sessions (id_hash, account_id, csrf_token, sign_in, created_at, last_seen_at) VALUES ($1, $2, $3, $4, $5, $6)',
  findSession: 'SELECT * FROM account_sessions WHERE id_hash = $1',
  touchSession: 'UPDATE account_sessions SET last_seen_at = $2 WHERE id_hash = $1',
  deleteSession: 'DELETE FROM account_sessions WHERE id_hash = $1',
  deleteSessionsOf: 'DELETE FROM account_sessions WHERE account_id = $1 AND id_hash IS DISTINCT FROM $2',
} as const;
