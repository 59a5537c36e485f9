import { afterAll, beforeAll } from '@jest/globals';
import { type PostgresCluster, startPostgresCluster } from '@samverkan/event-store/testing';
import { describeStreamGroupReads } from '../../testing/stream-groups.contract.js';
import { createPostgresFixture } from './testing/postgres-fixture.js';

let cluster: PostgresCluster;
beforeAll(async () => {
  cluster = await startPostgresCluster();
}, 120_000);
afterAll(() => cluster?.stop());

describeStreamGroupReads('PostgresEventStore', () => createPostgresFixture(cluster));
