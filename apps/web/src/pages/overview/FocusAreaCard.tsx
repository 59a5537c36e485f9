import { useId } from 'react';
import { Link } from 'react-router';
import type { Party, PlanBoardRow } from '../../api/schema';
import { ClampedText, formatDate, formatDays, listSv, partyName, transitionSentence } from '../../ui';
import { lateSentence } from './board-groups';

/** One focus area on the board: where it stands, what waits for the council, and what is late. */
export const FocusAreaCard = ({ row, parties }: { row: PlanBoardRow; parties: readonly Party[] }) => {
  const titleId = useId();
  const names = (ids: readonly string[]) => listSv(ids.map((id) => partyName(parties, id)));
  // The current cycle's late measures, listed; `row.lateMeasures` also counts those an earlier cycle left (listed on Försenat).
  const late = row.measures.filter((m) => m.late);
  const pending = row.pendingProposal;
  return (
    <article className={row.lateMeasures > 0 ? 'fa-card fa-card--late' : 'fa-card'} aria-labelledby={titleId}>
      <h3 className="fa-card__title" id={titleId}>
        <Link to={`/fokusomraden/${encodeURIComponent(row.focusAreaId)}`}>{row.title}</Link>
      </h3>
      {row.childrenAndYoungPeople ? <p className="tag">Barn och unga</p> : null}
      <dl className="facts">
        <div>
          <dt>Cykel</dt>
          <dd>{row.cycle}</dd>
        </div>
        <div>
          <dt>I steget</dt>
          <dd>
            {formatDays(row.daysInStep)} <span className="muted">(sedan {formatDate(row.stepEnteredAt)})</span>
          </dd>
        </div>
        <div>
          <dt>Åtgärder i cykeln</dt>
          <dd>
            {row.measures.length === 0 ? 'Inga ännu' : `${row.measures.length}, varav ${late.length} ${late.length === 1 ? 'försenad' : 'försenade'}`}
          </dd>
        </div>
      </dl>

      {pending ? (
        <div className="fa-card__pending">
          <p className="fa-card__label">Väntar på beslut</p>
          <p>{transitionSentence(pending.transition, pending.from, pending.to)}</p>
          {pending.meeting ? (
            <p>
              Möte: {pending.meeting.name}, {formatDate(pending.meeting.date)}
            </p>
          ) : null}
          <p>
            <strong>Väntar på:</strong> {names(pending.awaiting)}
          </p>
          {pending.approvedBy.length > 0 ? (
            <p>
              <strong>Har godkänt:</strong> {names(pending.approvedBy)}
            </p>
          ) : null}
        </div>
      ) : null}

      {row.lateMeasures > 0 ? (
        <div className="fa-card__late">
          <p className="fa-card__label">
            <span aria-hidden="true">⚠ </span>
            {lateSentence(row)}
          </p>
          {late.length > 0 ? (
            <ul>
              {late.map((m) => (
                <li key={m.measureId}>
                  {m.activity} – skulle vara klar {formatDate(m.dueDate)} ({formatDays(m.daysOverdue)} sen), ansvarig:{' '}
                  {partyName(parties, m.responsiblePartyId)}
                </li>
              ))}
            </ul>
          ) : null}
          {row.lateFromEarlierCycles > 0 ? (
            <p>
              <Link to="/forsenat">Se alla försenade åtgärder under Försenat</Link>
            </p>
          ) : null}
        </div>
      ) : null}

      {row.lastRejection && !pending ? (
        <div className="fa-card__rejection">
          <p className="fa-card__label">Senast avslaget av {partyName(parties, row.lastRejection.partyId)}</p>
          {/* A reason may be pages long: the card shows its start, the rest on request. */}
          <ClampedText lines={3}>{row.lastRejection.reason}</ClampedText>
        </div>
      ) : null}
    </article>
  );
};
