import { CYCLE_STEPS, type Step } from './steps.js';

/**
 * Every step in the order a focus area meets them: proposed, the cycle's steps as the machine
 * runs them, then the two ends. The API's `Step` enum lists this, so the web's step order (the
 * board's columns) comes from here rather than from a copy.
 */
export const STEPS: readonly Step[] = ['proposed', ...CYCLE_STEPS, 'closed', 'withdrawn'];
