import { redact } from '@samverkan/event-store';
import { describeEventStoreContract } from '@samverkan/event-store/testing';
import { createInProcessKurrentDbFixture, createKurrentDbFixture } from './testing/kurrentdb-fixture.js';

describeEventStoreContract('KurrentDB (in-process gRPC test server)', () => createInProcessKurrentDbFixture(), {
  tamperEvidence: true,
  multiProcess: true,
});

// A real server, when one is given (docs-proposals/kurrent.md: docker run … kurrentdb --insecure).
const realServer = process.env.KURRENTDB_TEST_URL;
if (realServer) describeEventStoreContract(`KurrentDB at ${redact(realServer)}`, () => createKurrentDbFixture(realServer));
