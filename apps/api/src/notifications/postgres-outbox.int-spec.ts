import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { startPostgresCluster, type PostgresCluster } from '@samverkan/event-store/testing';
import { NotificationsHealth } from './notifications.health.js';
import { PostgresOutbox } from './postgres-outbox.js';
import { describeOutboxContract } from './testing/outbox-contract.js';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 120_000);
afterAll(async () => {
  await cluster?.stop();
});

// Shared by several instances (the accounts in PostgreSQL): each test a new database, opened again by "another process".
describeOutboxContract('PostgresOutbox', async () => {
  const url = await cluster.createDatabase('outbox');
  return () => PostgresOutbox.open(url);
});

describe('PostgresOutbox beside the accounts', () => {
  it('creates its tables once when several instances open it at the same moment', async () => {
    const url = await cluster.createDatabase('outbox-race');
    const outboxes = await Promise.all([PostgresOutbox.open(url), PostgresOutbox.open(url), PostgresOutbox.open(url)]);
    try {
      await outboxes[0]?.record({ rows: [], position: '3', at: '2026-06-22T08:00:00.000Z' });
      expect(await Promise.all(outboxes.map((o) => o.checkpoint()))).toEqual(['3', '3', '3']);
    } finally {
      for (const outbox of outboxes) await outbox.close();
    }
  });

  it('keeps readiness up when the database does not answer, saying the outbox is unreachable', async () => {
    const outbox = await PostgresOutbox.open(await cluster.createDatabase('outbox-health'));
    const health = new NotificationsHealth({ outbox, sending: false });
    expect(await health.check()).toEqual({
      notifications: { status: 'up', mail: 'on', sender: false, pending: 0, unconfirmed: 0, failed: 0 },
    });
    await outbox.close();
    expect(await health.check()).toEqual({ notifications: { status: 'up', mail: 'on', sender: false, outbox: 'unreachable' } });
  });
});
