import { describeEventStoreContract } from '@samverkan/event-store/testing';
import { createSqliteFixture } from './testing/sqlite-fixture.js';

describeEventStoreContract('SQLite', () => createSqliteFixture(), { tamperEvidence: true, multiProcess: true });
