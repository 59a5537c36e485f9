import { useId } from 'react';
import { formatDate } from '../../ui';
import { ConclusionForm } from './ConclusionForm';
import { useFocusAreaPage } from './FocusAreaContext';
import { formatValue } from './format';
import { GoalOutcomeForm } from './GoalOutcomeForm';

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
        {goals.map((goal) => {
          const outcome = outcomes.find((o) => o.goalId === goal.goalId);
          return (
            <article key={goal.goalId} className="fap-outcome" aria-labelledby={`fap-outcome-${goal.goalId}`}>
              <h4 id={`fap-outcome-${goal.goalId}`}>{goal.description}</h4>
              <p className="fap-outcome__target">
                {goal.indicator ?? 'Indikator saknas'}: från {formatValue(goal.baseline)} till {formatValue(goal.target)}
                {goal.targetDate ? ` senast ${formatDate(goal.targetDate)}` : ''}
              </p>
              {outcome ? (
                <dl className="fap-facts">
                  <div className="fap-facts__row">
                    <dt>Produktion</dt>
                    <dd>{outcome.production}</dd>
                  </div>
                  <div className="fap-facts__row">
                    <dt>Process</dt>
                    <dd>{outcome.process}</dd>
                  </div>
                  <div className="fap-facts__row">
                    <dt>Effekt</dt>
                    <dd>
                      Uppmätt värde {formatValue(outcome.effect.measuredValue)}
                      {outcome.effect.comment ? ` – ${outcome.effect.comment}` : ''}
                    </dd>
                  </div>
                </dl>
              ) : (
                <p className="fap-empty">Inget utfall är registrerat för målet.</p>
              )}
              {can('RecordGoalOutcome') ? <GoalOutcomeForm goal={goal} outcome={outcome} /> : null}
            </article>
          );
        })}
      </section>
      <ConclusionForm />
    </>
  );
}
