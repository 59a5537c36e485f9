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
];
