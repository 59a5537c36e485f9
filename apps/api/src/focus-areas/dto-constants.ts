import type { CauseFactor, CycleStep, MeasureKind, MeasureStatus, SourceKind } from '@samverkan/cycle';

/**
 * What the request DTOs of the focus-area commands share (ids and dates: common/shapes.ts): the length
 * limits of free text, and the enum values the cycle's events allow. The domain judges the content
 * (required text, personal identity numbers, real calendar dates); these only refuse malformed input.
 */
export const TITLE_MAX = 200;
export const TEXT_MAX = 4000;

/** Lists every member of a string union exactly once: adding a member to the union breaks the build here. */
export const allOf =
  <T extends string>() =>
  <const L extends readonly T[]>(list: L & ([T] extends [L[number]] ? unknown : never)): readonly T[] =>
    list;

export const SOURCE_KINDS = allOf<SourceKind>()(['crimeStatistics', 'safetySurvey', 'citizenDialogue', 'est', 'other']);
export const CAUSE_FACTORS = allOf<CauseFactor>()(['risk', 'protective', 'place', 'time', 'actor', 'other']);
export const MEASURE_KINDS = allOf<MeasureKind>()(['oneOff', 'ordinaryWork']);
export const MEASURE_STATUSES = allOf<MeasureStatus>()(['green', 'yellow', 'red', 'done']);
/** A focus area goes back only to an earlier cycle step, so evaluation is never a target. */
export const STEP_BACK_TARGETS: readonly Exclude<CycleStep, 'evaluation'>[] = ['mapping', 'analysis', 'measures'];
