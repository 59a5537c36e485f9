import { describe, expect, it } from '@jest/globals';
import { validateEnvironment } from './environment.js';

describe('the environment', () => {
  it('gives the documented defaults', () => {
    const env = validateEnvironment({});
    expect(env).toMatchObject({ PORT: 3000, DATA_DIR: './data', STORE_DURABILITY: 'full', SEED_DIR: './config/agreements', PLAN_SNAPSHOT_EVERY: 10 });
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
});
