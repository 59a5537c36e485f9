import { STALE_TEXT } from './StaleRevisionNotice';
import type { Feedback } from './useCommandForm';

/**
 * The answer to a form, next to it. Refusals and errors go into an assertive live region that is
 * on the page from the start (so it is announced), a saved form into a polite one. The stale case
 * is announced once by the page's StaleRevisionNotice; here it is only shown. `part` splits the two
 * when a form closes after saving: the problems inside the form, the success outside it.
 */
export function FormFeedback({ feedback, part = 'all' }: { feedback: Feedback | null; part?: 'all' | 'problems' | 'success' }) {
  const problem = feedback && (feedback.kind === 'refused' || feedback.kind === 'error') ? feedback : null;
  const problems =
    part === 'success' ? null : (
      <>
        <div aria-live="assertive" aria-atomic="true">
          {problem ? (
            <div className="notice notice--error">
              <p>
                <strong>{problem.kind === 'refused' ? 'Stoppades av en regel: ' : 'Det gick inte att spara: '}</strong>
                {problem.message}
              </p>
            </div>
          ) : null}
        </div>
        {feedback?.kind === 'stale' ? (
          <div className="notice notice--warning">
            <p>
              <strong>Inte sparat.</strong> {STALE_TEXT} Det du skrev finns kvar här – kontrollera det mot det senaste och skicka igen.
            </p>
          </div>
        ) : null}
      </>
    );
  const success =
    part === 'problems' ? null : (
      <div role="status" aria-live="polite" aria-atomic="true">
        {feedback?.kind === 'success' ? <p className="notice notice--success">{feedback.message}</p> : null}
      </div>
    );
  return (
    <div className="fap-feedback">
      {problems}
      {success}
    </div>
  );
}
