import { describe, expect, it } from '@jest/globals';
import { lastStepOnOrBefore, replaySteps } from './replay-steps';

const row = (occurredAt: string, correlationId: string, name = correlationId) => ({ occurredAt, correlationId, name });
const dayOf = (instant: string) => instant.slice(0, 10);

describe('replay steps', () => {
  it('takes the events one request wrote together as one step: an approval and the step it completed', () => {
    const steps = replaySteps([
      row('2025-03-01T10:00:00Z', 'a'),
      row('2025-03-02T10:00:00Z', 'b', 'approved'),
      row('2025-03-02T10:00:00Z', 'b', 'advanced'),
    ]);
    expect(steps.map((s) => s.map((r) => r.name))).toEqual([['a'], ['approved', 'advanced']]);
  });

  it('keeps two requests apart even in the same moment', () => {
    expect(replaySteps([row('2025-03-01T10:00:00Z', 'a'), row('2025-03-01T10:00:00Z', 'b')])).toHaveLength(2);
  });

  it('has no steps for no rows', () => {
    expect(replaySteps([])).toEqual([]);
  });
});

describe('jumping to a day', () => {
  const steps = replaySteps([row('2025-03-01T10:00:00Z', 'a'), row('2025-03-03T10:00:00Z', 'b'), row('2025-03-05T10:00:00Z', 'c')]);

  it('lands on the last step begun that day', () => {
    expect(lastStepOnOrBefore(steps, '2025-03-03', dayOf)).toBe(2);
  });

  it('lands on the last step before a day without steps', () => {
    expect(lastStepOnOrBefore(steps, '2025-03-04', dayOf)).toBe(2);
  });

  it('finds nothing before the replay begins', () => {
    expect(lastStepOnOrBefore(steps, '2025-02-28', dayOf)).toBe(0);
  });
});
