import { Link } from 'react-router';
import type { Party } from '../../api/schema';
import { formatDate, formatNumber, MEASURE_STATUS_LABEL, partyName } from '../../ui';
import type { LateMeasure } from '../../api/schema';

/** Every measure past its due date and not done, longest overdue first (the API's order). */
export const LateMeasuresTable = ({ measures, parties, today }: { measures: readonly LateMeasure[]; parties: readonly Party[]; today: string }) => {
  if (measures.length === 0) return <p className="notice notice--success">Inga åtgärder var försenade den {formatDate(today)}.</p>;
  const caption = `Försenade åtgärder den ${formatDate(today)}`;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table late-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Fokusområde</th>
            <th scope="col">Åtgärd</th>
            <th scope="col">Vem</th>
            <th scope="col">Förfallo&shy;datum</th>
            <th scope="col" className="num">
              Dagar försenad
            </th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {measures.map((m) => (
            <tr key={`${m.focusAreaId}/${m.measureId}`}>
              <td>
                <Link to={`/fokusomraden/${m.focusAreaId}`}>{m.focusAreaTitle}</Link>
                {m.earlierCycle ? <span className="late-table__meta">Cykel {m.cycle}, inte förd vidare</span> : null}
              </td>
              <th scope="row">{m.activity}</th>
              <td>
                {partyName(parties, m.responsiblePartyId)}
                <span className="late-table__meta">{m.responsibleFunction}</span>
              </td>
              <td>
                <time dateTime={m.dueDate}>{formatDate(m.dueDate)}</time>
              </td>
              <td className="num">{formatNumber(m.daysOverdue)}</td>
              <td>
                <span className={`status status--${m.status}`}>{MEASURE_STATUS_LABEL[m.status]}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
