import type { CauseFactor, CycleStep, MeasureKind, MeasureStatus, SourceKind } from '@samverkan/cycle';

/**
 * What the request DTOs of the focus-area commands share: the shapes of ids and dates, the length
 * limits of free text, and the enum values the cycle's events allow. The domain judges the content
 * (required text, personal identity numbers, real calendar dates); these only refuse malformed input.
 */
export const ID = /^[a-z0-9][a-z0-9-]{0,79}$/;
export const ID_MESSAGE = '$property must be 1-80 lower-case letters, digits or dashes';
export const DATE = /^\d{4}-\d{2}-\d{2}$/;
export const DATE_MESSAGE = '$property must be a date YYYY-MM-DD';

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
