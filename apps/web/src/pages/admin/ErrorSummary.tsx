import { useEffect, useId, useRef, type MouseEvent, type ReactNode } from 'react';
import { fieldAnchor, type FieldProblem } from './problem-fields';

/**
 * GOV.UK's error summary in Swedish: at the top of the form, it takes focus when problems appear
 * (so a screen reader reads them at once) and links each problem to its field; a link moves focus
 * into the field itself, not only the page to it (WCAG 3.3.1, 2.4.3).
 */
export const ErrorSummary = ({ problems, title = 'Det finns problem' }: { problems: readonly FieldProblem[]; title?: string }) => {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (problems.length > 0) ref.current?.focus();
  }, [problems]);
  if (problems.length === 0) return null;

  const follow = (event: MouseEvent<HTMLAnchorElement>, field: string) => {
    const target = document.getElementById(fieldAnchor(field));
    const control = target?.querySelector<HTMLElement>('input, select, textarea');
    if (!control) return;
    event.preventDefault();
    control.focus();
    target?.scrollIntoView({ block: 'center' });
  };

  return (
    <div className="error-summary" role="alert" tabIndex={-1} ref={ref} aria-labelledby={titleId}>
      <h2 id={titleId} className="error-summary__title">
        {title}
      </h2>
      <ul className="error-summary__list">
        {problems.map((p) => (
          <li key={`${p.field ?? ''}|${p.message}`}>
            {p.field ? (
              <a href={`#${fieldAnchor(p.field)}`} onClick={(event) => follow(event, p.field ?? '')}>
                {p.message}
              </a>
            ) : (
              p.message
            )}
          </li>
        ))}
      </ul>
    </div>
  );
};

/** The element the error summary links to: it wraps one field of the form. */
export const FieldAnchor = ({ field, children, className }: { field: string; children: ReactNode; className?: string }) => (
  <div id={fieldAnchor(field)} className={className}>
    {children}
  </div>
);
