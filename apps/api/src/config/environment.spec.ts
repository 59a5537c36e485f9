import { describe, expect, it } from '@jest/globals';
import { validateEnvironment } from './environment.js';

describe('the environment', () => {
  it('gives the documented defaults', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', STORE_DURABILITY: 'full', SEED_DIR: './config/agreements', PLAN_SNAPSHOT_EVERY: 20 });
  });

  it('reads and converts what is set, ignoring unrelated variables', () => {
    const env = validateEnvironment({ PORT: '8080', DATA_DIR: '/var/lib/samverkan', HOME: '/root' });
    expect(env.PORT).toBe(8080);
    expect(env.DATA_DIR).toBe('/var/lib/samverkan');
    expect(env).not.toHaveProperty('HOME');
  });

  it('stops the start with a message naming each wrong variable', () => {
    expect(() => validateEnvironment({ PORT: 'eighty', STORE_DURABILITY: 'yolo' })).toThrow(/PORT="eighty".*\n.*STORE_DURABILITY="yolo"/s);
  });

  it('takes a snapshot interval of 1 to 1000 revisions', () => {
    expect(validateEnvironment({ PLAN_SNAPSHOT_EVERY: '5' }).PLAN_SNAPSHOT_EVERY).toBe(5);
    expect(() => validateEnvironment({ PLAN_SNAPSHOT_EVERY: '0' })).toThrow(/PLAN_SNAPSHOT_EVERY="0"/);
    expect(() => validateEnvironment({ PLAN_SNAPSHOT_EVERY: '2.5' })).toThrow(/PLAN_SNAPSHOT_EVERY="2.5"/);
  });

  it('refuses a token secret too short to sign with', () => {
    expect(() => validateEnvironment({ TOKEN_SECRET: 'short' })).toThrow(/TOKEN_SECRET/);
  });

  it('refuses a token secret of 32 characters with fewer than 16 distinct ones', () => {
    expect(() => validateEnvironment({ TOKEN_SECRET: 'ab'.repeat(20) })).toThrow(/TOKEN_SECRET.*entropy/);
    expect(validateEnvironment({ TOKEN_SECRET: 'Zq8vN2pLx4Rk7Tm1Wc9Yb3Hd6Gf0Js5A' }).TOKEN_SECRET).toHaveLength(32);
  });

  it('starts without demo mode unless SAMVERKAN_DEMO turns it on', () => {
    expect(validateEnvironment({}).SAMVERKAN_DEMO).toBe(false);
    expect(validateEnvironment({ SAMVERKAN_DEMO: '1' }).SAMVERKAN_DEMO).toBe(true);
    expect(() => validateEnvironment({ SAMVERKAN_DEMO: 'yes' })).toThrow(/SAMVERKAN_DEMO="yes"/);
  });

  it('refuses to start in production with demo mode on, saying why', () => {
    expect(() => validateEnvironment({ NODE_ENV: 'production', SAMVERKAN_DEMO: '1' })).toThrow(/SAMVERKAN_DEMO=1 with NODE_ENV=production/);
    expect(validateEnvironment({ NODE_ENV: 'production' }).SAMVERKAN_DEMO).toBe(false);
  });

  it('takes the event store and the accounts from URLs, and names a wrong one', () => {
    const secret = { TOKEN_SECRET: 'Zq8vN2pLx4Rk7Tm1Wc9Yb3Hd6Gf0Js5A' };
    expect(validateEnvironment({ EVENT_STORE_URL: 'sqlite:/srv/events.sqlite' }).EVENT_STORE_URL).toBe('sqlite:/srv/events.sqlite');
    expect(validateEnvironment({ ...secret, EVENT_STORE_URL: 'postgres://samverkan@db:5432/samverkan' }).EVENT_STORE_URL).toContain('postgres://');
    expect(() => validateEnvironment({ EVENT_STORE_URL: 'mysql://db/samverkan' })).toThrow(/EVENT_STORE_URL="mysql:\/\/db\/samverkan".*sqlite:<file>/);
    expect(() => validateEnvironment({ ...secret, ACCOUNTS_URL: 'esdb://kurrent:2113' })).toThrow(/ACCOUNTS_URL=.*must be sqlite:<file> or postgres/);
  });

  it('refuses a shared store without a token secret that every instance shares', () => {
    expect(() => validateEnvironment({ EVENT_STORE_URL: 'postgres://samverkan@db/samverkan' })).toThrow(
      /TOKEN_SECRET must be set, the same on every instance/,
    );
    expect(() => validateEnvironment({ ACCOUNTS_URL: 'postgres://samverkan@db/samverkan' })).toThrow(/TOKEN_SECRET must be set/);
  });
});
