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
