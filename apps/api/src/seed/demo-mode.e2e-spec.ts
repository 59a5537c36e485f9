import { describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import { AppModule } from '../app.module.js';
import { DEMO_PASSWORD, startTestApp } from '../../../../test/support/test-app.js';

const accountIds = (dataDir: string) => {
  const db = new Database(join(dataDir, 'accounts.sqlite'), { readonly: true });
  try {
    return (db.prepare('SELECT id FROM accounts').all() as { id: string }[]).map((r) => r.id);
  } finally {
    db.close();
  }
};

describe('demo mode', () => {
  it('off: the accounts table has no demo accounts, the store no demo agreements, and the demo password signs no one in', async () => {
    const t = await startTestApp({}, { demo: false });
    try {
      expect(accountIds(t.dataDir)).toEqual([]);
      const signIn = await t.anonymous().post('/auth/token', { username: 'admin', password: DEMO_PASSWORD });
      expect(signIn.status).toBe(401);
      const events = new Database(join(t.dataDir, 'events.sqlite'), { readonly: true });
      expect((events.prepare('SELECT count(*) AS n FROM events').get() as { n: number }).n).toBe(0);
      events.close();
      expect((await t.anonymous().get('/auth/options')).body.demo).toBeNull();
    } finally {
      await t.close();
    }
  });

  it('on: the demo accounts are in the accounts table, each id its username', async () => {
    const t = await startTestApp();
    try {
      expect(accountIds(t.dataDir)).toEqual(expect.arrayContaining(['admin', 'lomma.samordnare', 'lomma.revisor']));
      expect((await t.anonymous().post('/auth/token', { username: 'lomma.samordnare', password: DEMO_PASSWORD })).status).toBe(200);
      // The demo file's bcrypt hash verified once and was replaced by argon2id; the password still works.
      const db = new Database(join(t.dataDir, 'accounts.sqlite'), { readonly: true });
      const { password_hash } = db.prepare("SELECT password_hash FROM accounts WHERE id = 'lomma.samordnare'").get() as { password_hash: string };
      db.close();
      expect(password_hash).toMatch(/^\$argon2id\$/);
      expect((await t.anonymous().post('/auth/token', { username: 'lomma.samordnare', password: DEMO_PASSWORD })).status).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('refuses to start in production with demo mode on', () => {
    expect(() => AppModule.forRoot({ NODE_ENV: 'production', SAMVERKAN_DEMO: '1' })).toThrow(/Refusing to start/);
  });
});
