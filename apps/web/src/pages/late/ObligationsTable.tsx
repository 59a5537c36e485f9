import { formatDate } from '../../ui';
import { obligationKindLabel, OBLIGATION_STATE, OBLIGATION_STATE_ORDER } from './late-labels';
import type { ObligationStatus } from '../../api/schema';

/** "2023-01-01–2023-12-31" may break after the dash only, never inside a date. */
const periodText = (label: string) => {
  const [first, ...rest] = label.replace(/(\d)-(\d)/g, '$1\u2011$2').split('–');
  return rest.length ? (
    <>
      {first}–<wbr />
      {rest.join('–')}
    </>
  ) : (
    first
  );
};

const counted = (o: ObligationStatus): string | null => (o.count !== null && o.required !== null ? `${o.count} av ${o.required}` : null);

/** What the agreement obliges the parties to do, worst first: overdue, due soon, not yet, met. */
export const ObligationsTable = ({ obligations, today }: { obligations: readonly ObligationStatus[]; today: string }) => {
  if (obligations.length === 0) return <p>Överenskommelsen anger inga åtaganden att följa upp.</p>;
  const rows = [...obligations].sort((a, b) => OBLIGATION_STATE_ORDER.indexOf(a.status) - OBLIGATION_STATE_ORDER.indexOf(b.status));
  const caption = `Åtaganden enligt överenskommelsen den ${formatDate(today)}`;
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table obligations-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Åtagande</th>
            <th scope="col">Status</th>
            <th scope="col">Görs senast</th>
            <th scope="col">Senast gjort</th>
            <th scope="col">Antal</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => {
            const state = OBLIGATION_STATE[o.status];
            return (
              <tr key={`${o.kind}-${o.periodLabel}`}>
                <th scope="row">
                  <span className="obligations-table__kind">{obligationKindLabel(o.kind)}</span>
                  <span className="obligations-table__description">{o.description}</span>
                </th>
                <td>
                  <span className={`obligation obligation--${o.status}`}>
                    <span className="obligation__icon" aria-hidden="true">
                      {state.icon}
                    </span>
                    {state.label}
                  </span>
                  <span className="obligations-table__period">Avser {periodText(o.periodLabel)}</span>
                </td>
                <td>{o.dueBy ? <time dateTime={o.dueBy}>{formatDate(o.dueBy)}</time> : <span className="muted">Inget mer inom perioden</span>}</td>
                <td>
                  {o.lastFulfilledOn ? (
                    <time dateTime={o.lastFulfilledOn}>{formatDate(o.lastFulfilledOn)}</time>
                  ) : (
                    <span className="muted">Inte registrerat</span>
                  )}
                </td>
                <td>
                  {counted(o) ?? (
                    <span className="muted">
                      <span aria-hidden="true">–</span>
                      <span className="visually-hidden">Räknas inte</span>
                    </span>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};
