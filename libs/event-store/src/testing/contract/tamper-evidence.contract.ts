import { beforeEach, describe, expect, it } from '@jest/globals';
import type { Position } from '../../event-store.port.js';
import { events, type EventStoreFixture, type TamperHooks } from './fixture.js';

export function tamperEvidenceContract(current: () => EventStoreFixture): void {
  describe('tamper evidence', () => {
    let tamper: TamperHooks;
    let positions: Position[];

    beforeEach(async () => {
      const fixture = current();
      if (!fixture.tamper) throw new Error('The adapter claims tamperEvidence but its fixture has no tamper hooks');
      tamper = fixture.tamper;
      // Two streams, interleaved, so the chain runs across streams.
      await fixture.store.appendToStream('a', events(3, 'a'), { expectedRevision: 'no_stream' });
      await fixture.store.appendToStream('b', events(2, 'b'), { expectedRevision: 'no_stream' });
      await fixture.store.appendToStream('a', events(3, 'a'), { expectedRevision: 2 });
      positions = (await fixture.store.readAll()).map((event) => event.position);
    });

    it('verifies an untouched log, counting every event', async () => {
      expect(await tamper.verify()).toMatchObject({ ok: true, checked: 8 });
    });

    it('finds an edited event', async () => {
      await tamper.editData(positions[4]!, { label: 'b', n: 99 });
      expect(await tamper.verify()).toEqual({
        ok: false,
        checked: 4,
        firstBrokenPosition: positions[4],
        reason: 'hash-mismatch',
      });
    });

    it('finds a deleted event', async () => {
      await tamper.deleteEvent(positions[2]!);
      expect(await tamper.verify()).toEqual({
        ok: false,
        checked: 2,
        firstBrokenPosition: positions[2],
        reason: 'position-gap',
      });
    });

    it('finds two swapped events', async () => {
      await tamper.swapEvents(positions[3]!, positions[6]!);
      expect(await tamper.verify()).toEqual({
        ok: false,
        checked: 3,
        firstBrokenPosition: positions[3],
        reason: 'previous-hash-mismatch',
      });
    });

    it('names the first broken position when several are broken', async () => {
      await tamper.editData(positions[6]!, { edited: true });
      await tamper.editData(positions[1]!, { edited: true });
      expect(await tamper.verify()).toMatchObject({ ok: false, firstBrokenPosition: positions[1] });
    });
  });
}
