import { isEarlierCycleStep, nextCycleStep, type FocusAreaStatus, type Step } from './steps.js';

/** The kinds of step change a council may have to decide (the agreement's policy says which). */
export type TransitionKind = 'prioritise' | 'advance' | 'close' | 'newCycle' | 'stepBack';

export const TRANSITION_KINDS: readonly TransitionKind[] = ['prioritise', 'advance', 'close', 'newCycle', 'stepBack'];

export const FORWARD_TRANSITION_KINDS: readonly TransitionKind[] = ['prioritise', 'advance', 'close', 'newCycle'];

export const TRANSITION_LABEL_SV: Readonly<Record<TransitionKind, string>> = {
  prioritise: 'prioritera fokusområdet',
  advance: 'gå vidare till nästa steg',
  close: 'avsluta fokusområdet',
  newCycle: 'starta en ny cykel',
  stepBack: 'gå tillbaka till ett tidigare steg',
};

/**
 * Where a transition of `kind` leads from `from`, or undefined when that kind does not fit the
 * step (a new cycle starts at mapping; going back needs the wanted earlier step in `to`).
 */
export const destinationOf = (kind: TransitionKind, from: FocusAreaStatus, to?: Step): Step | undefined => {
  switch (kind) {
    case 'prioritise':
      return from === 'proposed' ? 'mapping' : undefined;
    case 'advance':
      return nextCycleStep(from);
    case 'close':
      return from === 'evaluation' ? 'closed' : undefined;
    case 'newCycle':
      return from === 'evaluation' ? 'mapping' : undefined;
    case 'stepBack':
      return isEarlierCycleStep(to, from) ? to : undefined;
  }
};
