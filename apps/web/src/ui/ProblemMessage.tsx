import type { Ref } from 'react';
import { ApiProblem, isStale, problemMessageSv } from '../api/problem';

export interface ProblemMessageProps {
  readonly error: unknown;
  /** A heading before the message, e.g. "Beslutet kunde inte sparas". */
  readonly title?: string;
  readonly ref?: Ref<HTMLDivElement>;
}

/**
 * An API refusal in Swedish, announced at once (role="alert"): a broken rule shows the API's own
 * Swedish `detail` and names the `rule`; a stale form (412/409) says the page was refreshed; a 400
 * lists the fields. Focusable (tabIndex -1) so a caller can move focus to it.
 */
export const ProblemMessage = ({ error, title, ref }: ProblemMessageProps) => {
  if (!error) return null;
  const problem = error instanceof ApiProblem ? error : null;
  return (
    <div className={isStale(error) ? 'notice notice--warning' : 'notice notice--error'} role="alert" tabIndex={-1} ref={ref}>
      {title ? <p className="notice__title">{title}</p> : null}
      <p>{problemMessageSv(error)}</p>
      {problem?.rule ? (
        <p className="notice__meta">
          Regel: <code>{problem.rule}</code>
        </p>
      ) : null}
      {problem && problem.status === 400 && problem.errors.length > 0 ? (
        <ul className="notice__list">
          {problem.errors.map((e) => (
            <li key={e.field}>
              <code>{e.field}</code>: {e.messages.join('; ')}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
};
