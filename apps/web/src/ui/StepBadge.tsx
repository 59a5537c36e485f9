import type { Step } from '../api/schema';
import { stepTitle } from './labels';

/** The step as a word in a coloured pill: the colour only repeats what the word says (WCAG 1.4.1). */
export const StepBadge = ({ step }: { step: Step }) => <span className={`badge badge--step-${step}`}>{stepTitle(step)}</span>;
