import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { DecisionPolicy } from '../agreement-facts.js';
import { baselinePending, type Goal } from '../focus-area.context.js';

/**
 * "Baseline to be measured by <date>" only where the agreement lets a baseline follow
 * (`baselineMayFollow`); elsewhere a goal states its baseline, as before.
 */
export const baselineMayFollowOnlyByPolicy = (baselineDueBy: string | undefined, policy: DecisionPolicy): BusinessRule =>
  rule(
    'BaselineMayFollowOnlyByPolicy',
    'Överenskommelsen tillåter inte att utgångsvärdet mäts senare. Ange utgångsvärdet.',
    () => baselineDueBy !== undefined && policy.baselineMayFollow !== true,
  );

/** A measured baseline is recorded for a goal that was set to have it measured later. */
export const baselineMustBeAwaited = (goal: Goal | undefined): BusinessRule =>
  rule(
    'BaselineMustBeAwaited',
    'Målet sattes inte med ett utgångsvärde som ska mätas senare. Ändra målet i stället.',
    () => goal !== undefined && goal.baselineDueBy === undefined,
  );

/** Evaluation measures the effect against the baseline: it cannot judge a goal whose baseline is still missing. */
export const baselineMustBeMeasured = (goal: Goal | undefined): BusinessRule =>
  rule(
    'BaselineMustBeMeasured',
    `Utgångsvärdet för målet ”${goal?.description ?? ''}” är inte mätt ännu (ska mätas senast ${goal?.baselineDueBy ?? ''}). Registrera det uppmätta utgångsvärdet först.`,
    () => goal !== undefined && baselinePending(goal),
  );
