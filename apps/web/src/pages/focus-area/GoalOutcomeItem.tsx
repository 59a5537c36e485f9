import { useEffect, useRef, useState } from 'react';
import { Button, formatDate } from '../../ui';
import type { Goal, GoalOutcome } from '../../api/schema';
import { formatValue } from './format';
import { GoalOutcomeForm } from './GoalOutcomeForm';

/**
 * One goal's outcome: the saved values, or the form to record them — never both, so nothing shows
 * twice. After a save the form closes, focus moves to the saved values and a live region says so.
 */
export function GoalOutcomeItem({ goal, outcome, mayRecord }: { goal: Goal; outcome: GoalOutcome | undefined; mayRecord: boolean }) {
  const [editing, setEditing] = useState(false);
  const [said, setSaid] = useState('');
  const [focusOn, setFocusOn] = useState<'saved' | 'change' | null>(null);
  const savedRef = useRef<HTMLDListElement>(null);
  const changeRef = useRef<HTMLButtonElement>(null);
  const valuesId = `fap-outcome-values-${goal.goalId}`;

  useEffect(() => {
    if (focusOn === 'saved') savedRef.current?.focus();
    if (focusOn === 'change') changeRef.current?.focus();
    if (focusOn) setFocusOn(null);
  }, [focusOn]);

  const done = (saved: boolean) => {
    setEditing(false);
    setSaid(saved ? 'Utfallet är sparat.' : '');
    setFocusOn(saved ? 'saved' : 'change');
  };
  const showForm = mayRecord && (outcome === undefined || editing);

  return (
    <article className="fap-outcome" aria-labelledby={`fap-outcome-${goal.goalId}`}>
      <h4 id={`fap-outcome-${goal.goalId}`}>{goal.description}</h4>
      <p className="fap-outcome__target">
        {goal.indicator ?? 'Indikator saknas'}: från {formatValue(goal.baseline)} till {formatValue(goal.target)}
        {goal.targetDate ? ` senast ${formatDate(goal.targetDate)}` : ''}
      </p>
      {outcome && !editing ? (
        <dl id={valuesId} ref={savedRef} tabIndex={-1} className="fap-facts fap-outcome__values" aria-label={`Utfallet för målet ${goal.description}`}>
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
      ) : null}
      {outcome === undefined && !showForm ? <p className="fap-empty">Inget utfall är registrerat för målet.</p> : null}
      <div role="status" aria-live="polite" aria-atomic="true">
        {said ? <p className="notice notice--success">{said}</p> : null}
      </div>
      {outcome && !editing && mayRecord ? (
        <Button
          ref={changeRef}
          variant="secondary"
          aria-label={`Ändra utfallet för målet ${goal.description}`}
          onClick={() => {
            setSaid('');
            setEditing(true);
          }}
        >
          Ändra utfallet
        </Button>
      ) : null}
      {showForm ? <GoalOutcomeForm goal={goal} outcome={outcome} onDone={done} /> : null}
    </article>
  );
}
