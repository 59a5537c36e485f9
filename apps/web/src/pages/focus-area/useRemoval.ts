import { useRef } from 'react';
import { useFocusAreaPage } from './FocusAreaContext';
import { useCommandForm } from './useCommandForm';

/**
 * Removing one item of a list (a source, a cause, a goal, a measure): the answer is said beside
 * the list, and focus goes to the list's heading, since the button that had it is gone.
 */
export const useRemoval = () => {
  const { send } = useFocusAreaPage();
  const form = useCommandForm<never>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const remove = (path: string, done: string) =>
    void form.submit(null, () => ({}), () => send('DELETE', path), done, () => headingRef.current?.focus());
  return { feedback: form.feedback, busy: form.busy, remove, headingRef };
};
