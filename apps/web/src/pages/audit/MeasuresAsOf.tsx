import { daysBetween, swedishDateOf } from '@samverkan/dates';
import type { FocusAreaAsOf, Party } from '../../api/schema';
import { formatDate, formatDateTime, formatDays, MEASURE_STATUS_LABEL, partyName } from '../../ui';

interface Props {
  readonly measures: FocusAreaAsOf['work']['measures'];
  /** "Åtgärder i Barn och ungdomar" (", cykel 1" for an earlier cycle): the table's caption. */
  readonly title: string;
  /** The moment the plan is shown at: a measure is late by the Swedish day of that moment. */
  readonly at: string;
  readonly parties: readonly Party[];
}

/** The action plan as it stood: each measure, who was responsible, by when, its status, and late as of that day. */
export const MeasuresAsOf = ({ measures, title, at, parties }: Props) => {
  if (measures.length === 0) return <p className="muted">Inga åtgärder i den här cykeln vid tidpunkten.</p>;
  const day = swedishDateOf(at);
  return (
    // The region is named with the moment too: two moments side by side each have this focus area's table.
    <div className="table-scroll" role="region" aria-label={`${title}, ${formatDateTime(at)}`} tabIndex={0}>
      <table className="table table--compact">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">Åtgärd</th>
            <th scope="col">Ansvarig</th>
            <th scope="col">Klar senast</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => {
            const overdue = m.status !== 'done' && m.dueDate < day ? daysBetween(m.dueDate, day) : 0;
            const shared = (m.coResponsible ?? []).map((c) => `${partyName(parties, c.partyId)} (${c.function})`);
            return (
              <tr key={m.measureId}>
                <th scope="row">{m.activity}</th>
                <td>
                  {partyName(parties, m.responsiblePartyId)} ({m.responsibleFunction})
                  {shared.length ? <span className="audit-table__meta">Delat ansvar: {shared.join(', ')}</span> : null}
                  {m.collaborators?.length ? <span className="audit-table__meta">Samverkar med: {m.collaborators.join(', ')}</span> : null}
                </td>
                <td>{formatDate(m.dueDate)}</td>
                <td>
                  <span className={`status status--${m.status ?? 'notFollowedUp'}`}>{MEASURE_STATUS_LABEL[m.status ?? 'notFollowedUp']}</span>
                  {overdue > 0 ? <span className="status status--late">Försenad {formatDays(overdue)}</span> : null}
                  {m.statusComment ? <span className="audit-table__meta">{m.statusComment}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
