import { afterAll, beforeAll } from '@jest/globals';
import { describeEventStoreContract, type PostgresCluster, startPostgresCluster } from '@samverkan/event-store/testing';
import { createPostgresFixture } from './testing/postgres-fixture.js';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 120_000);
afterAll(() => cluster?.stop());

describeEventStoreContract('PostgreSQL', () => createPostgresFixture(cluster), { tamperEvidence: true, multiProcess: true });
