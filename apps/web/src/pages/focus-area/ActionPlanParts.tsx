import { formatDate } from '../../ui';
import type { ActionPlanRow } from './action-plan-rows';
import { GreenButLateNote } from './GoalMeasures';
import { MeasureStatusLabel } from './MeasureStatus';

/** Problem/orsak: one cause as text, several as a list (a measure may address several causes). */
export function CausesCell({ row }: { row: ActionPlanRow }) {
  if (row.causes.length === 1) return row.causes[0]?.text;
  return (
    <ul className="fap-plan__causes">
      {row.causes.map((cause) => (
        <li key={cause.causeId}>{cause.text}</li>
      ))}
    </ul>
  );
}

export function GoalCell({ row }: { row: ActionPlanRow }) {
  return row.goal ? row.goalText : <span className="fap-plan__missing">{row.goalText}</span>;
}

/** Ansvarig: the lead party and function, then those sharing it and the other actors named. */
export function ResponsibleCell({ row, withShared }: { row: ActionPlanRow; withShared: boolean }) {
  return (
    <>
      {row.responsible}
      {withShared && row.coResponsible.length > 0 ? <span className="fap-plan__meta">Medansvariga: {row.coResponsible.join(', ')}</span> : null}
      {withShared && row.collaborators ? <span className="fap-plan__meta">I samverkan med {row.collaborators}</span> : null}
    </>
  );
}

export function DueCell({ row }: { row: ActionPlanRow }) {
  return (
    <>
      {formatDate(row.measure.dueDate)}
      {row.late ? <span className="fap-late">Försenad</span> : null}
    </>
  );
}

export function StatusCell({ row }: { row: ActionPlanRow }) {
  return (
    <>
      <MeasureStatusLabel status={row.measure.status} />
      {row.measure.statusComment ? <span className="fap-plan__meta">{row.measure.statusComment}</span> : null}
      {row.greenButLate ? <GreenButLateNote dueDate={row.measure.dueDate} /> : null}
    </>
  );
}
