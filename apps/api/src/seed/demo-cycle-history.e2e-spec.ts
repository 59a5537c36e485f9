import { describe, expect, it } from '@jest/globals';
import { startTestApp } from '../../../../test/support/test-app.js';
import { DEMO_CYCLE_FOCUS_AREA } from './demo-cycle-history.js';

describe('demo histories (DEMO_HISTORIES=1)', () => {
  it('puts a Lomma focus area in cycle 2 with work carried forward and a late measure left in cycle 1', async () => {
    const t = await startTestApp({ DEMO_HISTORIES: '1' });
    try {
      const coordinator = await t.as('lomma.samordnare');
      const { body } = await coordinator.get(`/focus-areas/${DEMO_CYCLE_FOCUS_AREA}`);
      expect(body.focusArea).toMatchObject({ step: 'mapping', cycle: 2 });
      expect(body.focusArea.work.carriedForward).toEqual({
        fromCycle: 1,
        sourceIds: ['bi-anmalningar-2023'],
        causeIds: ['bi-fa-omraden'],
        goalIds: ['bi-fler-omraden'],
        measureIds: ['bi-nya-omraden'],
      });
      expect(body.focusArea.work.measures).toEqual([expect.objectContaining({ measureId: 'bi-nya-omraden', status: 'yellow' })]);
      expect(body.focusArea.previousCycles[0].work.measures).toHaveLength(3);
      // The indicators were measured four times in cycle 1; the kept goal brings its two measurements along.
      expect(body.focusArea.previousCycles[0].work.measurements).toHaveLength(4);
      expect(body.focusArea.work.measurements.map((m: { measurementId: string; value: number }) => [m.measurementId, m.value])).toEqual([
        ['bi-omraden-h1', 25],
        ['bi-omraden-h2', 27],
      ]);

      const late = await coordinator.get('/agreements/lomma-2023-2027/late-and-due');
      const ours = late.body.lateMeasures.filter((m: { focusAreaId: string }) => m.focusAreaId === DEMO_CYCLE_FOCUS_AREA);
      expect(ours.map((m: { measureId: string; cycle: number; earlierCycle: boolean }) => [m.measureId, m.cycle, m.earlierCycle])).toEqual([
        ['bi-semesterutskick', 1, true],
        ['bi-nya-omraden', 2, false],
      ]);
    } finally {
      await t.close();
    }
  });

  it('is off by default: the focus area is only proposed', async () => {
    const t = await startTestApp();
    try {
      const { body } = await (await t.as('lomma.samordnare')).get(`/focus-areas/${DEMO_CYCLE_FOCUS_AREA}`);
      expect(body.focusArea).toMatchObject({ step: 'proposed', cycle: 1 });
    } finally {
      await t.close();
    }
  });
});
