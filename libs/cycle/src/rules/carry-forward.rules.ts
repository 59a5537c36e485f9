import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { CarriedForward, CycleWork, FocusAreaContext } from '../focus-area.context.js';

/**
 * Carrying work into a new cycle (DOMAIN.md: a new cycle starts at mapping; the earlier cycles
 * stay readable). The coordinator keeps or drops each unfinished measure, goal and source of the
 * cycle just ended; what is kept keeps its id, so the history of a measure runs across cycles.
 */

/** Only a new cycle has a cycle before it to take work from. */
export const carryForwardNeedsNewCycle = (cycle: number): BusinessRule =>
  rule('CarryForwardNeedsNewCycle', 'Arbete kan bara föras vidare i en ny cykel (cykel 2 eller senare).', () => cycle < 2);

/** From the cycle just ended: older cycles were evaluated before it and their work went through it. */
export const carryForwardFromCycleJustBefore = (cycle: number, fromCycle: number): BusinessRule =>
  rule(
    'CarryForwardOnlyFromCycleJustBefore',
    `Arbete kan bara föras vidare från cykeln närmast före, cykel ${cycle - 1}.`,
    () => cycle >= 2 && fromCycle !== cycle - 1,
    'fromCycle',
  );

/**
 * Once per cycle: the choice is one decision (what to keep, what to drop), shown as such; an item
 * dropped by mistake is planned again in the new cycle, with a new id.
 */
export const carryForwardOncePerCycle = (work: CycleWork): BusinessRule =>
  rule('WorkAlreadyCarriedForward', 'Arbetet från förra cykeln har redan förts vidare i den här cykeln.', () => work.carriedForward !== undefined);

type Lists = Pick<CarriedForward, 'sourceIds' | 'causeIds' | 'goalIds' | 'measureIds'>;
const ITEMS: ReadonlyArray<{ field: keyof Lists; label: string; ids: (work: CycleWork) => string[] }> = [
  { field: 'sourceIds', label: 'Källan', ids: (w) => w.sources.map((s) => s.sourceId) },
  { field: 'causeIds', label: 'Orsaken', ids: (w) => w.causes.map((c) => c.causeId) },
  { field: 'goalIds', label: 'Målet', ids: (w) => w.goals.map((g) => g.goalId) },
  { field: 'measureIds', label: 'Åtgärden', ids: (w) => w.measures.map((m) => m.measureId) },
];

/** Every id names an item of that cycle, so the event never claims to keep what was not there. */
export const carriedItemsMustExist = (from: CycleWork, fromCycle: number, lists: Lists): BusinessRule[] =>
  ITEMS.map(({ field, label, ids }) => {
    const known = new Set(ids(from));
    const missing = lists[field].find((id) => !known.has(id));
    return rule('CarriedItemMustExist', `${label} ”${missing}” finns inte i cykel ${fromCycle}.`, () => missing !== undefined, field);
  });

/** What was done stays done in its cycle: only unfinished measures go on. */
export const carriedMeasureMustBeUnfinished = (from: CycleWork, measureIds: readonly string[]): BusinessRule => {
  const done = from.measures.find((m) => measureIds.includes(m.measureId) && m.status === 'done');
  return rule(
    'CarriedMeasureMustBeUnfinished',
    `Åtgärden ”${done?.activity}” är genomförd och förs inte vidare; den finns kvar i den tidigare cykeln.`,
    () => done !== undefined,
    'measureIds',
  );
};

/**
 * A kept measure keeps the goal it serves (its effect is evaluated against that goal): the
 * coordinator keeps the goal too or drops the measure. Not added silently, since the coordinator
 * chose to drop it; causes, which the panel does not offer, come with their measure instead.
 */
export const carriedMeasureNeedsItsGoal = (from: CycleWork, goalIds: readonly string[], measureIds: readonly string[]): BusinessRule => {
  const orphan = from.measures.find((m) => measureIds.includes(m.measureId) && m.goalId !== undefined && !goalIds.includes(m.goalId));
  const goal = from.goals.find((g) => g.goalId === orphan?.goalId);
  return rule(
    'CarriedMeasureNeedsItsGoal',
    `Åtgärden ”${orphan?.activity}” hör till målet ”${goal?.description ?? orphan?.goalId}”: för vidare målet också, eller släpp åtgärden.`,
    () => orphan !== undefined,
    'goalIds',
  );
};

/** The rules a new `WorkCarriedForward` must satisfy, in the order a coordinator would fix them. */
export const carryForwardRules = (context: FocusAreaContext, data: CarriedForward): BusinessRule[] => {
  const from = context.previousCycles.find((previous) => previous.cycle === data.fromCycle)?.work;
  const judged = [
    carryForwardNeedsNewCycle(context.cycle),
    carryForwardFromCycleJustBefore(context.cycle, data.fromCycle),
    carryForwardOncePerCycle(context.work),
  ];
  if (!from) return judged;
  return [
    ...judged,
    ...carriedItemsMustExist(from, data.fromCycle, data),
    carriedMeasureMustBeUnfinished(from, data.measureIds),
    carriedMeasureNeedsItsGoal(from, data.goalIds, data.measureIds),
  ];
};
