import { useId } from 'react';
import { useFocusAreaPage } from './FocusAreaContext';

/** Earlier cycles stay readable: what each one mapped, planned and concluded. */
export function PreviousCycles() {
  const { response } = useFocusAreaPage();
  const cycles = response.focusArea.previousCycles;
  const headingId = useId();
  if (cycles.length === 0) return null;
  return (
    <section className="fap-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Tidigare cykler</h2>
      {[...cycles].reverse().map(({ cycle, work }) => (
        <details key={cycle} className="fap-disclosure">
          <summary>Cykel {cycle}</summary>
          <dl className="fap-facts">
            <div className="fap-facts__row">
              <dt>Problem</dt>
              <dd>{work.problemStatement ? `${work.problemStatement.what} (${work.problemStatement.where})` : '–'}</dd>
            </div>
            <div className="fap-facts__row">
              <dt>Källor, orsaker, mål, åtgärder</dt>
              <dd>
                {work.sources.length}, {work.causes.length}, {work.goals.length}, {work.measures.length}
              </dd>
            </div>
            <div className="fap-facts__row">
              <dt>Slutsats</dt>
              <dd>{work.conclusion ?? '–'}</dd>
            </div>
          </dl>
        </details>
      ))}
    </section>
  );
}
