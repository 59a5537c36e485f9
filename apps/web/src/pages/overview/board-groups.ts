import type { PlanBoardRow, Step } from '../../api/schema';
import { formatCount, formatNumber } from '../../ui/format';
import { STEP_ORDER } from '../../ui/labels';

export interface StepGroup {
  readonly step: Step;
  readonly rows: readonly PlanBoardRow[];
}

/** The steps always shown, even when empty: the path a focus area runs. Withdrawn only when there is one. */
const ALWAYS: ReadonlySet<Step> = new Set(['proposed', 'mapping', 'analysis', 'measures', 'evaluation', 'closed']);

/**
 * The board's rows grouped by step in the cycle's order; inside a step, the ones waiting longest
 * first (they are the ones a coordinator should look at), then by title.
 */
export const groupByStep = (rows: readonly PlanBoardRow[]): StepGroup[] =>
  STEP_ORDER.map((step) => ({
    step,
    rows: rows.filter((row) => row.step === step).sort((a, b) => b.daysInStep - a.daysInStep || a.title.localeCompare(b.title, 'sv', { numeric: true })),
  })).filter((group) => ALWAYS.has(group.step) || group.rows.length > 0);

export interface BoardSummary {
  readonly focusAreas: number;
  readonly awaitingDecision: number;
  readonly lateMeasures: number;
  readonly withLateMeasures: number;
}

export const summarise = (rows: readonly PlanBoardRow[]): BoardSummary => ({
  focusAreas: rows.length,
  awaitingDecision: rows.filter((r) => r.pendingProposal !== null).length,
  lateMeasures: rows.reduce((sum, r) => sum + r.lateMeasures, 0),
  withLateMeasures: rows.filter((r) => r.lateMeasures > 0).length,
});

/**
 * The card's late line, counted as Försenat counts (every cycle): "3 försenade åtgärder, varav 1
 * från en tidigare cykel". Those of an earlier cycle are not among the card's measures (the current
 * cycle's), so the line says how many of them there are.
 */
export const lateSentence = ({ lateMeasures, lateFromEarlierCycles }: Pick<PlanBoardRow, 'lateMeasures' | 'lateFromEarlierCycles'>): string => {
  const total = formatCount(lateMeasures, 'försenad åtgärd', 'försenade åtgärder');
  const earlier = lateFromEarlierCycles === 1 ? 'från en tidigare cykel' : 'från tidigare cykler';
  if (lateFromEarlierCycles === 0) return total;
  if (lateFromEarlierCycles === lateMeasures) return `${total} ${earlier}`;
  return `${total}, varav ${formatNumber(lateFromEarlierCycles)} ${earlier}`;
};

/** The id of a step's section, for in-page links: "steg-kartlaggning". */
export const stepAnchor = (step: Step): string => `steg-${step}`;
