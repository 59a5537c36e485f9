import { describeEventStoreContract } from '@samverkan/event-store/testing';
import { createInProcessKurrentDbFixture } from './testing/kurrentdb-fixture.js';

describeEventStoreContract('KurrentDB (in-process gRPC test server)', () => createInProcessKurrentDbFixture(), {
  tamperEvidence: true,
  multiProcess: true,
});
