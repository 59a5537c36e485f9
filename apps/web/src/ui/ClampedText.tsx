import { useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { Button } from './Button';

export interface ClampedTextProps {
  /** The text, which may be a page long (a rejection reason, a conclusion). */
  readonly children: ReactNode;
  /** How many lines show until the reader asks for the rest. */
  readonly lines?: number;
  readonly className?: string;
}

/**
 * Long free text shortened to a few lines, with "Visa hela" when something is hidden: a button
 * (aria-expanded, aria-controls) that shows the rest and then offers "Visa mindre". Screen readers
 * read the whole text either way: the clamp only hides it visually (CSS line clamp), so nothing is
 * lost to one who cannot see the button. Whether the button is needed is measured, not guessed
 * from the length, so a short text at a wide width gets none.
 */
export const ClampedText = ({ children, lines = 4, className }: ClampedTextProps) => {
  const id = useId();
  const ref = useRef<HTMLDivElement>(null);
  const [expanded, setExpanded] = useState(false);
  const [overflows, setOverflows] = useState(false);

  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || expanded) return;
    const measure = () => setOverflows(element.scrollHeight > element.clientHeight + 1);
    measure();
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(measure);
    observer?.observe(element);
    return () => observer?.disconnect();
  }, [expanded]);

  return (
    <div className={['clamped', className].filter(Boolean).join(' ')}>
      <div
        id={id}
        ref={ref}
        className={expanded ? 'clamped__text' : 'clamped__text clamped__text--clamped'}
        style={expanded ? undefined : { WebkitLineClamp: lines }}
      >
        {children}
      </div>
      {overflows || expanded ? (
        <Button variant="link" className="clamped__toggle" aria-expanded={expanded} aria-controls={id} onClick={() => setExpanded((e) => !e)}>
          {expanded ? 'Visa mindre' : 'Visa hela'}
        </Button>
      ) : null}
    </div>
  );
};
