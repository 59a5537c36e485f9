import { useCallback, useState } from 'react';

/**
 * Text typed into a decision's dialog, kept per proposal in the tab's sessionStorage: a refetch
 * that re-renders or remounts the card, a refused submit or a closed dialog does not lose it. It
 * goes when the decision is saved (`clear`) or the tab is closed.
 */
const read = (key: string): string => {
  try {
    return sessionStorage.getItem(key) ?? '';
  } catch {
    return '';
  }
};

const write = (key: string, text: string): void => {
  try {
    if (text) sessionStorage.setItem(key, text);
    else sessionStorage.removeItem(key);
  } catch {
    // Storage refused (private mode, quota): the text still lives in the component's state.
  }
};

export const keptTextKey = (partyId: string, proposalId: string, field: string): string => `samverkan.beslut.${partyId}.${proposalId}.${field}`;

export const useKeptText = (key: string): readonly [string, (text: string) => void, () => void] => {
  const [text, setText] = useState(() => read(key));
  const set = useCallback(
    (next: string) => {
      setText(next);
      write(key, next);
    },
    [key],
  );
  const clear = useCallback(() => set(''), [set]);
  return [text, set, clear] as const;
};

/** Forgets the kept text once the decision is saved. */
export const forgetKeptText = (key: string): void => write(key, '');
