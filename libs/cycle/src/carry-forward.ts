import { emptyWork, type CycleWork, type FocusAreaContext } from './focus-area.context.js';
import type { WorkCarriedForward } from './focus-area.events.js';

/**
 * The work a new cycle starts with: what the coordinator chose to keep from an earlier cycle,
 * copied with its ids (a kept measure keeps its status), added to what the new cycle holds
 * already. Items not found in that cycle are skipped: replay never refuses a stored event.
 */
export const carryForward = (context: FocusAreaContext, data: WorkCarriedForward['data']): CycleWork => {
  const from = context.previousCycles.find((previous) => previous.cycle === data.fromCycle)?.work ?? emptyWork();
  const work = context.work;
  const kept = <T>(items: readonly T[], ids: readonly string[], idOf: (item: T) => string, present: readonly T[]): T[] => {
    const have = new Set(present.map(idOf));
    return [...present, ...items.filter((item) => ids.includes(idOf(item)) && !have.has(idOf(item)))];
  };
  return {
    ...work,
    sources: kept(from.sources, data.sourceIds, (s) => s.sourceId, work.sources),
    causes: kept(from.causes, data.causeIds, (c) => c.causeId, work.causes),
    goals: kept(from.goals, data.goalIds, (g) => g.goalId, work.goals),
    measures: kept(from.measures, data.measureIds, (m) => m.measureId, work.measures),
    measurements: kept(
      from.measurements.filter((m) => data.goalIds.includes(m.goalId)),
      from.measurements.map((m) => m.measurementId),
      (m) => m.measurementId,
      work.measurements,
    ),
  };
};
