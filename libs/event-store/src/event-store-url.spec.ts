import { describe, expect, it } from '@jest/globals';
import { parseEventStoreUrl, redact } from './event-store-url.js';

describe('the event store URL', () => {
  it('names a SQLite file', () => {
    expect(parseEventStoreUrl('sqlite:./data/events.sqlite')).toEqual({ engine: 'sqlite', filename: './data/events.sqlite' });
    expect(parseEventStoreUrl('sqlite:///var/lib/samverkan/events.sqlite')).toEqual({ engine: 'sqlite', filename: '/var/lib/samverkan/events.sqlite' });
    expect(() => parseEventStoreUrl('sqlite:')).toThrow(/needs a file/);
  });

  it('names a PostgreSQL database in either scheme', () => {
    expect(parseEventStoreUrl('postgres://u:p@db:5432/samverkan')).toEqual({ engine: 'postgres', url: 'postgres://u:p@db:5432/samverkan' });
    expect(parseEventStoreUrl('postgresql://db/samverkan').engine).toBe('postgres');
    expect(parseEventStoreUrl('postgres:///samverkan?host=/run/postgresql').engine).toBe('postgres');
    expect(() => parseEventStoreUrl('postgres:///samverkan')).toThrow(/needs a host/);
  });

  it('hands a kurrentdb URL to the client in its esdb form', () => {
    expect(parseEventStoreUrl('esdb://kurrent:2113?tls=true')).toEqual({ engine: 'kurrentdb', url: 'esdb://kurrent:2113?tls=true' });
    expect(parseEventStoreUrl('kurrentdb+discover://a:2113,b:2113')).toEqual({ engine: 'kurrentdb', url: 'esdb+discover://a:2113,b:2113' });
  });

  it('refuses other schemes, saying which forms are understood, without showing a password', () => {
    expect(() => parseEventStoreUrl('mysql://root:hunter2@db/x')).toThrow(/must be `sqlite:<file>`.*got mysql:\/\/root:\*\*\*@db\/x/);
    expect(() => parseEventStoreUrl('./events.sqlite')).toThrow(/EVENT_STORE_URL must be/);
    expect(redact('postgres://samverkan:s3cret@db/samverkan')).toBe('postgres://samverkan:***@db/samverkan');
  });
});
