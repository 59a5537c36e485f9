import type { Party, PlanBoardRow } from '../../api/schema';
import { formatDate, formatDays, MEASURE_STATUS_LABEL, partyName, StepBadge, transitionSentence } from '../../ui';
import type { FocusAreaAsOf } from '../../api/schema';

interface Props {
  readonly row: PlanBoardRow;
  readonly doc: FocusAreaAsOf;
  readonly parties: readonly Pick<Party, 'partyId' | 'name'>[];
}

const goalText = (goal: FocusAreaAsOf['work']['goals'][number]): string => {
  const measurable = goal.indicator !== undefined && goal.baseline !== undefined && goal.target !== undefined;
  return `${goal.description}${measurable ? ` – ${goal.indicator}: från ${goal.baseline} till ${goal.target}` : ''}${goal.targetDate ? `, senast ${formatDate(goal.targetDate)}` : ''}`;
};

/** One focus area as it stood: step, cycle, what waited for the council, the problem, goals and measures. */
export const FocusAreaAsOfCard = ({ row, doc, parties }: Props) => {
  const headingId = `plan-${row.focusAreaId}`;
  const { work } = doc;
  const names = (ids: readonly string[]) => ids.map((id) => partyName(parties as Party[], id)).join(', ');
  return (
    <article className="plan-card" aria-labelledby={headingId}>
      <h4 id={headingId} className="plan-card__title">
        {row.title}
      </h4>
      <dl className="plan-card__facts">
        <div>
          <dt>Steg</dt>
          <dd>
            <StepBadge step={row.step} />
          </dd>
        </div>
        <div>
          <dt>Cykel</dt>
          <dd>{row.cycle}</dd>
        </div>
        <div>
          <dt>I steget</dt>
          <dd>{formatDays(row.daysInStep)}</dd>
        </div>
        {row.pendingProposal ? (
          <div className="plan-card__wide">
            <dt>Väntade på rådet</dt>
            <dd>
              {transitionSentence(row.pendingProposal.transition, row.pendingProposal.from, row.pendingProposal.to)}
              {row.pendingProposal.approvedBy.length ? ` (godkänt av ${names(row.pendingProposal.approvedBy)})` : ' (ingen part hade godkänt)'}
            </dd>
          </div>
        ) : null}
        {work.problemStatement ? (
          <div className="plan-card__wide">
            <dt>Problem</dt>
            <dd>
              {work.problemStatement.what} – {work.problemStatement.where}, {work.problemStatement.when}
            </dd>
          </div>
        ) : null}
        {work.causes.length ? (
          <div className="plan-card__wide">
            <dt>Orsaker</dt>
            <dd>{work.causes.map((c) => c.description).join('; ')}</dd>
          </div>
        ) : null}
      </dl>

      {work.goals.length ? (
        <>
          <h5 className="plan-card__subtitle">Mål</h5>
          <ul className="plan-card__goals">
            {work.goals.map((goal) => (
              <li key={goal.goalId}>{goalText(goal)}</li>
            ))}
          </ul>
        </>
      ) : null}

      {row.measures.length ? (
        <div className="table-scroll" role="region" aria-label={`Åtgärder i ${row.title}`} tabIndex={0}>
          <table className="table table--compact">
            <caption>Åtgärder i {row.title}</caption>
            <thead>
              <tr>
                <th scope="col">Åtgärd</th>
                <th scope="col">Ansvarig</th>
                <th scope="col">Klar senast</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              {row.measures.map((m) => (
                <tr key={m.measureId}>
                  <th scope="row">{m.activity}</th>
                  <td>
                    {partyName(parties as Party[], m.responsiblePartyId)} ({m.responsibleFunction})
                  </td>
                  <td>{formatDate(m.dueDate)}</td>
                  <td>
                    <span className={`status status--${m.status}`}>{MEASURE_STATUS_LABEL[m.status]}</span>
                    {m.late ? <span className="status status--late">Försenad {formatDays(m.daysOverdue)}</span> : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p className="muted">Inga åtgärder i den här cykeln vid tidpunkten.</p>
      )}
    </article>
  );
};
