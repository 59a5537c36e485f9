import { useRef } from 'react';
import { useFocusAreaForm } from './useFocusAreaForm';

/**
 * Removing one item of a list (a source, a cause, a goal, a measure): the answer is said beside
 * the list, and focus goes to the list's heading, since the button that had it is gone.
 */
export const useRemoval = () => {
  const form = useFocusAreaForm<never>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const remove = (path: string, done: string) => void form.send({ method: 'DELETE', path, success: done, onSuccess: () => headingRef.current?.focus() });
  return { feedback: form.feedback, busy: form.busy, remove, headingRef };
};
