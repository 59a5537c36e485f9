import { useId } from 'react';
import { ConclusionForm } from './ConclusionForm';
import { useFocusAreaPage } from './FocusAreaContext';
import { GoalOutcomeItem } from './GoalOutcomeItem';

/**
 * Uppföljning och utvärdering: per goal, Brå's three follow-ups — produktion, process and effekt
 * (the indicator measured now against its utgångsvärde and målvärde) — and the conclusion.
 */
export function EvaluationSection() {
  const { response, can } = useFocusAreaPage();
  const { goals, outcomes } = response.focusArea.work;
  const headingId = useId();
  return (
    <>
      <section className="fap-subsection" aria-labelledby={headingId}>
        <h3 id={headingId}>Utfall per mål</h3>
        {goals.length === 0 ? <p className="fap-empty">Det finns inga mål att följa upp.</p> : null}
        {goals.map((goal) => (
          <GoalOutcomeItem key={goal.goalId} goal={goal} outcome={outcomes.find((o) => o.goalId === goal.goalId)} mayRecord={can('RecordGoalOutcome')} />
        ))}
      </section>
      <ConclusionForm />
    </>
  );
}
