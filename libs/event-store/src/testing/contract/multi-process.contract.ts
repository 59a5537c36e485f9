import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import type { ExpectedRevision, StoredEvent } from '../../event-store.port.js';
import { anEvent, waitFor, type EventStoreFixture, type RemoteAppender } from './fixture.js';

const ROUNDS = 6;
const BURST = 60;
/** Far enough ahead for both requests to reach their processes before the barrier opens. */
const BARRIER_DELAY_MS = 150;

export function multiProcessContract(current: () => EventStoreFixture): void {
  describe('appenders in separate processes', () => {
    let appenders: RemoteAppender[] = [];

    beforeEach(async () => {
      const { otherProcesses } = current();
      if (!otherProcesses) throw new Error('The adapter claims multiProcess but its fixture cannot start processes');
      appenders = await Promise.all([otherProcesses.startAppender(), otherProcesses.startAppender()]);
    }, 30_000);

    afterEach(async () => {
      await Promise.all(appenders.map((appender) => appender.stop()));
      appenders = [];
    });

    it('let exactly one of two racing appends to a stream win; the other gets the conflict', async () => {
      const winners: string[] = [];
      let expectedRevision: ExpectedRevision = 'no_stream';
      for (let round = 0; round < ROUNDS; round += 1) {
        // The same clock the appender processes wait on: wall time from each process's monotonic clock.
        const startAt = performance.timeOrigin + performance.now() + BARRIER_DELAY_MS;
        const contenders = appenders.map(() => anEvent({ round }));
        const outcomes = await Promise.all(
          appenders.map((appender, i) => appender.append({ streamId: 'contested', expectedRevision, event: contenders[i]!, startAt })),
        );
        // The barrier makes both start at the same instant (within microseconds when the machine is
        // quiet). How close they came is not asserted: on a loaded machine a process can be late, and
        // the outcome must be the same either way — one appends, the other gets the conflict.
        const won = outcomes.findIndex((outcome) => outcome.kind === 'appended');
        expect(outcomes.map((outcome) => outcome.kind).sort()).toEqual(['appended', 'conflict']);
        expect(outcomes[won]).toMatchObject({ nextExpectedRevision: round });
        expect(outcomes[1 - won]).toMatchObject({ kind: 'conflict', actual: round });
        winners.push(contenders[won]!.eventId);
        expectedRevision = round;
      }
      const stream = await current().store.readStream('contested');
      expect(stream.map((event) => event.eventId)).toEqual(winners);
    }, 60_000);

    it('give one gapless order that a subscriber follows without missing or repeating an event, and a chain that verifies', async () => {
      const { store, tamper } = current();
      const seen: StoredEvent[] = [];
      const subscription = store.subscribeToAll({}, (event) => {
        seen.push(event);
      });
      const startAt = performance.timeOrigin + performance.now() + BARRIER_DELAY_MS;
      await Promise.all(appenders.map((appender, i) => appender.burst(`burst-${i}`, BURST, startAt)));
      await waitFor(() => seen.length >= 2 * BURST, 'the subscriber to see both bursts', 20_000);
      await subscription.close();
      const log = await store.readAll();
      expect(log).toHaveLength(2 * BURST);
      expect(seen.map((event) => event.eventId)).toEqual(log.map((event) => event.eventId));
      // The bursts interleaved, so each process appended after the other's events.
      const switches = log.slice(1).filter((event, i) => event.streamId !== log[i]!.streamId).length;
      expect(switches).toBeGreaterThan(2);
      for (const streamId of ['burst-0', 'burst-1']) {
        expect((await store.readStream(streamId)).map((event) => event.revision)).toEqual(Array.from({ length: BURST }, (_, n) => n));
      }
      if (tamper) expect(await tamper.verify()).toMatchObject({ ok: true, checked: 2 * BURST });
    }, 60_000);
  });
}
