import { STEP_LABEL_SV, type MeasureStatus, type Step } from '@samverkan/cycle';
import { MEASURE_STATUS_LABEL_SV } from '../audit-history/labels.js';
import { change, type PlanChange, type PlanChangeKind } from './plan-change.js';

/** Which focus area and cycle a change belongs to, and how to name the parties in Swedish. */
export interface ChangeContext {
  readonly focusAreaId: string;
  readonly title: string;
  readonly cycle: number;
  readonly partyName: (partyId: string) => string;
}

export const inFocusArea = (
  ctx: ChangeContext,
  kind: PlanChangeKind,
  description: string,
  fields: { subjectId?: string | null; before?: string | null; after?: string | null } = {},
): PlanChange => change(kind, description, { focusAreaId: ctx.focusAreaId, focusAreaTitle: ctx.title, cycle: ctx.cycle, ...fields });

export const quoted = (text: string): string => `”${text}”`;

export const stepSv = (step: Step): string => STEP_LABEL_SV[step];

/** A measure nobody has followed up has no status; the board calls it "not followed up". */
export const measureStatusSv = (status: MeasureStatus | null): string => (status === null ? 'ej uppföljd' : (MEASURE_STATUS_LABEL_SV[status] ?? status));

/** Items of two lists matched by id: those only after, only before, and in both. */
export const matchById = <T>(before: readonly T[], after: readonly T[], idOf: (item: T) => string) => {
  const beforeIds = new Map(before.map((item) => [idOf(item), item]));
  const afterIds = new Set(after.map(idOf));
  return {
    added: after.filter((item) => !beforeIds.has(idOf(item))),
    removed: before.filter((item) => !afterIds.has(idOf(item))),
    kept: after.flatMap((item) => {
      const was = beforeIds.get(idOf(item));
      return was === undefined ? [] : [{ before: was, after: item }];
    }),
  };
};

/** Plain JSON compared by value (the documents are plain JSON, written in a stable key order). */
export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
