import { useId } from 'react';
import { useFocusAreaPage } from './FocusAreaContext';
import { PreviousCycleWork } from './PreviousCycleWork';
import './carry-forward.css';

const count = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Earlier cycles stay readable in full (DOMAIN.md): each one collapsible, newest first, with what
 * it mapped, analysed, planned, followed up and concluded, and what it took over from the cycle
 * before. The work carried on into the next cycle is still shown here as it stood then.
 */
export function PreviousCycles() {
  const { response, parties } = useFocusAreaPage();
  const cycles = response.focusArea.previousCycles;
  const headingId = useId();
  if (cycles.length === 0) return null;
  return (
    <section className="fap-section" aria-labelledby={headingId}>
      <h2 id={headingId}>Tidigare cykler</h2>
      {[...cycles].reverse().map(({ cycle, work }) => {
        const unfinished = work.measures.filter((m) => m.status !== 'done').length;
        return (
          <details key={cycle} className="fap-disclosure fap-prev__cycle">
            <summary>
              Cykel {cycle}
              <span className="fap-prev__summary">
                {count(work.measures.length, 'åtgärd', 'åtgärder')}, varav {unfinished} ofärdiga; {count(work.goals.length, 'mål', 'mål')}
              </span>
            </summary>
            {work.carriedForward ? (
              <p className="fap-hint">
                Cykeln började med {count(work.carriedForward.measureIds.length, 'åtgärd', 'åtgärder')} och{' '}
                {count(work.carriedForward.goalIds.length, 'mål', 'mål')} från cykel {work.carriedForward.fromCycle}.
              </p>
            ) : null}
            <PreviousCycleWork work={work} parties={parties} headingLevel="h3" />
          </details>
        );
      })}
    </section>
  );
}
