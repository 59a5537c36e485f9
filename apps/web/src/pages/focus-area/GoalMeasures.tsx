import { greenButLate } from '@samverkan/follow-up';
import type { Measure } from '../../api/schema';
import { formatDate } from '../../ui';
import { statusText } from './labels';

/** The warning beside a measure still marked green after its due date: its status needs following up. */
export function GreenButLateWarning({ measure, today }: { measure: Measure; today: string }) {
  if (!greenButLate(measure, today)) return null;
  return <GreenButLateNote dueDate={measure.dueDate} />;
}

/** The words of the warning, where the judgement was already made (the action plan's rows). */
export function GreenButLateNote({ dueDate }: { dueDate: string }) {
  return (
    <p className="fu-warning">
      <span aria-hidden="true">! </span>Markerad grön men skulle vara klar {formatDate(dueDate)}. Följ upp statusen.
    </p>
  );
}

/** The measures that serve a goal, with their status and the green-but-late warning. */
export function GoalMeasures({ measures, today }: { measures: readonly Measure[]; today: string }) {
  if (measures.length === 0) return <p className="fap-empty">Ingen åtgärd är kopplad till målet ännu.</p>;
  return (
    <ul className="fu-goal-measures" aria-label="Åtgärder som bidrar till målet">
      {measures.map((m) => (
        <li key={m.measureId}>
          <strong>{m.activity}</strong>
          {' – '}
          {m.status ? statusText(m.status) : 'inte uppföljd ännu'}, klar senast {formatDate(m.dueDate)}
          <GreenButLateWarning measure={m} today={today} />
        </li>
      ))}
    </ul>
  );
}

/** Measures planned before their goal (Brå's order), until a goal links them. */
export function MeasuresAwaitingGoal({ measures }: { measures: readonly Measure[] }) {
  const waiting = measures.filter((m) => m.goalId === undefined);
  if (waiting.length === 0) return null;
  return (
    <div className="notice notice--info fu-awaiting">
      <p>
        {waiting.length === 1 ? 'En åtgärd väntar' : `${waiting.length} åtgärder väntar`} på ett mål: {waiting.map((m) => m.activity).join('; ')}. Sätt
        målet och koppla åtgärderna till det i målets formulär.
      </p>
    </div>
  );
}
