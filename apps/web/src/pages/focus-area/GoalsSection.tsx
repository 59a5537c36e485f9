import { useEffect, useId, useRef, useState } from 'react';
import { Button, formatDate } from '../../ui';
import { todayInSweden } from '../../ui/today';
import { AddFormToggle } from './AddFormToggle';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { GoalForm } from './GoalForm';
import { formatValue } from './format';
import { RemoveButton } from './RemoveButton';
import { GoalBaselineForm } from './GoalBaselineForm';
import { GoalFollowUp } from './GoalFollowUp';
import { GoalMeasures, MeasuresAwaitingGoal } from './GoalMeasures';
import { baselineFollows, missingSmartParts } from './smart';
import { useRemoval } from './useRemoval';

/** Mål: the goals the measures serve, with how SMART each is; add, revise, remove. */
export function GoalsSection() {
  const { response, can, agreement } = useFocusAreaPage();
  const { policy } = response.focusArea;
  const period = agreement?.agreement.period;
  const today = todayInSweden();
  const { goals, measures } = response.focusArea.work;
  const removal = useRemoval();
  const headingId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  const [said, setSaid] = useState('');
  const returnTo = useRef<string | null>(null);

  useEffect(() => {
    if (editing === null && returnTo.current) {
      document.getElementById(returnTo.current)?.focus();
      returnTo.current = null;
    }
  }, [editing]);

  return (
    <section className="fap-subsection" aria-labelledby={headingId}>
      <h3 id={headingId} ref={removal.headingRef} tabIndex={-1}>
        Mål
      </h3>
      {goals.length === 0 ? (
        <p className="fap-empty">Inga mål är satta ännu. Varje åtgärd ska kopplas till ett SMART mål.</p>
      ) : (
        <ul className="fap-list">
          {goals.map((goal) => {
            const missing = missingSmartParts(goal, policy, period);
            const linked = measures.some((m) => m.goalId === goal.goalId);
            const editId = `fap-edit-goal-${goal.goalId}`;
            return (
              <li key={goal.goalId} className="fap-list__item fap-goal">
                <div className="fap-goal__body">
                  <p className="fap-goal__title">
                    <strong>{goal.description}</strong>
                  </p>
                  <dl className="fap-facts fap-facts--compact">
                    <div className="fap-facts__row">
                      <dt>Indikator</dt>
                      <dd>{goal.indicator ?? '–'}</dd>
                    </div>
                    <div className="fap-facts__row">
                      <dt>Utgångsvärde → målvärde</dt>
                      <dd>
                        {formatValue(goal.baseline)} → {formatValue(goal.target)}
                      </dd>
                    </div>
                    {goal.baseline === undefined && goal.baselineDueBy ? (
                      <div className="fap-facts__row">
                        <dt>Utgångsvärdet mäts senast</dt>
                        <dd>{formatDate(goal.baselineDueBy)}</dd>
                      </div>
                    ) : null}
                    <div className="fap-facts__row">
                      <dt>Måldatum</dt>
                      <dd>{goal.targetDate ? formatDate(goal.targetDate) : '–'}</dd>
                    </div>
                    <div className="fap-facts__row">
                      <dt>Uppföljningsmetod</dt>
                      <dd>{goal.followUpMethod ?? '–'}</dd>
                    </div>
                    {goal.overallGoalId ? (
                      <div className="fap-facts__row">
                        <dt>Bidrar till övergripande mål</dt>
                        <dd>
                          {agreement?.overallGoals.find((o) => o.overallGoalId === goal.overallGoalId)?.description ??
                            'Ett övergripande mål som har tagits bort'}
                        </dd>
                      </div>
                    ) : null}
                  </dl>
                  <p className={missing.length === 0 ? 'fap-smart fap-smart--ok' : 'fap-smart fap-smart--missing'}>
                    {missing.length === 0 ? (
                      <>
                        <span aria-hidden="true">✓ </span>SMART: komplett
                      </>
                    ) : (
                      <>
                        <span aria-hidden="true">! </span>Inte SMART ännu – saknar {missing.join(', ')}
                      </>
                    )}
                  </p>
                  <GoalMeasures measures={measures.filter((m) => m.goalId === goal.goalId)} today={today} />
                  <GoalFollowUp goal={goal} />
                </div>
                {can('SetGoal') || (can('RemoveGoal') && !linked) ? (
                  <div className="fap-list__actions">
                    {can('SetGoal') && editing !== goal.goalId ? (
                      <Button
                        id={editId}
                        variant="secondary"
                        aria-label={`Ändra målet ${goal.description}`}
                        onClick={() => {
                          setSaid('');
                          setEditing(goal.goalId);
                        }}
                      >
                        Ändra
                      </Button>
                    ) : null}
                    {can('RemoveGoal') && !linked ? (
                      <RemoveButton
                        what={`målet ${goal.description}`}
                        busy={removal.busy}
                        onConfirm={() => removal.remove(`/goals/${goal.goalId}`, 'Målet är borttaget.')}
                      />
                    ) : null}
                  </div>
                ) : null}
                {baselineFollows(goal, policy) && can('RecordGoalBaseline') ? (
                  <details className="fap-disclosure">
                    <summary>Registrera uppmätt utgångsvärde</summary>
                    <GoalBaselineForm goal={goal} />
                  </details>
                ) : null}
                {editing === goal.goalId ? (
                  <div className="fap-list__editor">
                    <GoalForm
                      goal={goal}
                      onDone={(saved) => {
                        returnTo.current = editId;
                        if (saved) setSaid('Målet är ändrat.');
                        setEditing(null);
                      }}
                    />
                  </div>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      <MeasuresAwaitingGoal measures={measures} />
      <FormFeedback feedback={removal.feedback} />
      <div role="status" aria-live="polite" aria-atomic="true">
        {said ? <p className="notice notice--success">{said}</p> : null}
      </div>
      {can('SetGoal') ? (
        <AddFormToggle label="Lägg till ett mål" startOpen={goals.length === 0}>
          <GoalForm />
        </AddFormToggle>
      ) : null}
    </section>
  );
}
