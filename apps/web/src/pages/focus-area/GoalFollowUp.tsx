import { indicatorProgress } from '@samverkan/follow-up';
import { useId } from 'react';
import type { Goal } from '../../api/schema';
import { formatDate, formatNumber } from '../../ui';
import { FormFeedback } from './FormFeedback';
import { useFocusAreaPage } from './FocusAreaContext';
import { IndicatorMeasurementForm } from './IndicatorMeasurementForm';
import { barValue, progressText } from './progress';
import { RemoveButton } from './RemoveButton';
import { useRemoval } from './useRemoval';
import './follow-up.css';

/**
 * Uppföljning: a goal's indicator measured again and again, with how far the latest value has come
 * from the baseline towards the target. The bar is a native <progress> with its text beside it,
 * so the figure never rests on the bar alone.
 */
export function GoalFollowUp({ goal }: { goal: Goal }) {
  const { response, can } = useFocusAreaPage();
  const measurements = response.focusArea.work.measurements
    .filter((m) => m.goalId === goal.goalId)
    .toSorted((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const progress = indicatorProgress(goal, measurements);
  // The comment column only when there is a comment: the table fits a phone without it.
  const commented = measurements.some((m) => m.comment !== undefined);
  const removal = useRemoval();
  const headingId = useId();
  const textId = useId();
  if (measurements.length === 0 && !can('RecordIndicatorMeasurement')) return null;
  return (
    // Every goal has one: its region is named after the goal too, so each landmark's name is its own.
    <section className="fu-followup" aria-label={`Uppföljning av indikatorn för målet ${goal.description}`}>
      <h4 id={headingId} ref={removal.headingRef} tabIndex={-1} className="fu-followup__title">
        Uppföljning av indikatorn
      </h4>
      {progress ? (
        <div className="fu-progress">
          <p id={textId}>{progressText(progress)}</p>
          <progress className="fu-progress__bar" max={100} value={barValue(progress)} aria-labelledby={textId} />
        </div>
      ) : (
        <p className="fap-empty">Inget uppmätt värde ännu.</p>
      )}
      {measurements.length > 0 ? (
        <table className="fu-measurements">
          <caption className="visually-hidden">Mätningar av {goal.indicator ?? goal.description}</caption>
          <thead>
            <tr>
              <th scope="col">Datum</th>
              <th scope="col">Värde</th>
              {commented ? <th scope="col">Kommentar</th> : null}
              {can('RemoveIndicatorMeasurement') ? (
                <th scope="col">
                  <span className="visually-hidden">Hantera</span>
                </th>
              ) : null}
            </tr>
          </thead>
          <tbody>
            {measurements.map((m) => (
              <tr key={m.measurementId}>
                <td className="fu-measurements__date">{formatDate(m.measuredOn)}</td>
                <td>{m.value === null ? <em>Ej mätt ännu</em> : formatNumber(m.value)}</td>
                {commented ? <td>{m.comment ?? ''}</td> : null}
                {can('RemoveIndicatorMeasurement') ? (
                  <td className="fu-measurements__actions">
                    <RemoveButton
                      what={`mätningen ${formatDate(m.measuredOn)}`}
                      busy={removal.busy}
                      onConfirm={() => removal.remove(`/goals/${goal.goalId}/measurements/${m.measurementId}`, 'Mätningen är borttagen.')}
                    />
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <FormFeedback feedback={removal.feedback} />
      {can('RecordIndicatorMeasurement') ? (
        <details className="fap-disclosure">
          <summary>Registrera en mätning</summary>
          <IndicatorMeasurementForm goal={goal} />
        </details>
      ) : null}
    </section>
  );
}
