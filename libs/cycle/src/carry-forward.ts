import { emptyWork, type CycleWork, type FocusAreaContext } from './focus-area.context.js';
import type { WorkCarriedForward } from './focus-area.events.js';

/** Items of `from` named in `ids`, after those `present` already holds (an id is never there twice). */
const kept = <T>(from: readonly T[], ids: readonly string[], idOf: (item: T) => string, present: readonly T[]): T[] => {
  const have = new Set(present.map(idOf));
  const wanted = new Set(ids);
  return [...present, ...from.filter((item) => wanted.has(idOf(item)) && !have.has(idOf(item)))];
};

/**
 * The work a new cycle starts with: what the coordinator chose to keep from an earlier cycle,
 * copied with its ids (a kept measure keeps its status; a kept goal brings its indicator's
 * follow-ups, not its outcome, which belongs to the evaluation of that cycle), added to what the
 * new cycle holds already, and the choice itself recorded. Items not found in that cycle are
 * skipped: replay never refuses a stored event.
 */
export const carryForward = (context: FocusAreaContext, data: WorkCarriedForward['data']): CycleWork => {
  const from = context.previousCycles.find((previous) => previous.cycle === data.fromCycle)?.work ?? emptyWork();
  const work = context.work;
  const { fromCycle, sourceIds, causeIds, goalIds, measureIds } = data;
  return {
    ...work,
    sources: kept(from.sources, sourceIds, (s) => s.sourceId, work.sources),
    causes: kept(from.causes, causeIds, (c) => c.causeId, work.causes),
    goals: kept(from.goals, goalIds, (g) => g.goalId, work.goals),
    measures: kept(from.measures, measureIds, (m) => m.measureId, work.measures),
    measurements: kept(
      from.measurements.filter((m) => goalIds.includes(m.goalId)),
      from.measurements.map((m) => m.measurementId),
      (m) => m.measurementId,
      work.measurements,
    ),
    carriedForward: { fromCycle, sourceIds: [...sourceIds], causeIds: [...causeIds], goalIds: [...goalIds], measureIds: [...measureIds] },
  };
};

/** The causes a measure addresses: the one it mainly addresses, then the further ones. */
export const causesOf = (measure: { readonly causeId: string; readonly furtherCauseIds?: readonly string[] }): string[] => [
  measure.causeId,
  ...(measure.furtherCauseIds ?? []),
];

/**
 * The causes a carry-forward keeps: those the coordinator named and every cause a kept measure
 * addresses (Brå's order: a measure without its cause means nothing), in the earlier cycle's order.
 */
export const causesToCarry = (from: CycleWork, causeIds: readonly string[], measureIds: readonly string[]): string[] => {
  const wanted = new Set(causeIds);
  for (const measure of from.measures) if (measureIds.includes(measure.measureId)) causesOf(measure).forEach((id) => wanted.add(id));
  const known = from.causes.map((c) => c.causeId).filter((id) => wanted.has(id));
  // Ids not found in that cycle stay in the list, so that the rule on unknown ids can name them.
  return [...known, ...[...wanted].filter((id) => !known.includes(id))];
};
