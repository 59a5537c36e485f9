import { afterEach, beforeEach, describe } from '@jest/globals';
import { appendContract } from './contract/append.contract.js';
import { concurrentAppendsContract } from './contract/concurrent-appends.contract.js';
import type { ContractCapabilities, CreateEventStoreFixture, EventStoreFixture } from './contract/fixture.js';
import { multiProcessContract } from './contract/multi-process.contract.js';
import { readAllContract } from './contract/read-all.contract.js';
import { subscriptionContract } from './contract/subscription.contract.js';
import { tamperEvidenceContract } from './contract/tamper-evidence.contract.js';

/**
 * The behaviour every event store adapter must show, run from each adapter's int-spec (the
 * pattern of Emmett's shared event store features). `createStore` must give an empty store for
 * every test. Optional parts run only for the capabilities the adapter claims, and then fail if
 * the fixture lacks the hook, so no claimed test can pass by doing nothing.
 */
export function describeEventStoreContract(adapterName: string, createStore: CreateEventStoreFixture, capabilities: ContractCapabilities = {}): void {
  describe(`${adapterName} event store contract`, () => {
    let fixture: EventStoreFixture | undefined;

    beforeEach(async () => {
      fixture = await createStore();
    });

    afterEach(async () => {
      await fixture?.cleanup();
      fixture = undefined;
    });

    const current = (): EventStoreFixture => {
      if (!fixture) throw new Error('The contract fixture is only available inside a test');
      return fixture;
    };

    appendContract(current);
    concurrentAppendsContract(current);
    readAllContract(current);
    subscriptionContract(current);
    if (capabilities.tamperEvidence) tamperEvidenceContract(current);
    if (capabilities.multiProcess) multiProcessContract(current);
  });
}
