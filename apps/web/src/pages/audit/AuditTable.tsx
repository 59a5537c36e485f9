import type { AgreementSummary } from '../../api/schema';
import { ClampedText, formatDate, formatDateTime, formatShortDay, partyName } from '../../ui';
import { ACTOR_ROLE_LABEL, eventTypeLabel, signInLabel } from './audit-labels';
import type { AuditRow } from '../../api/schema';

/** "23 nov. 2026" over "kl. 07:28", Swedish time: the time column stays narrow. */
const whenParts = (instant: string) => {
  const time = formatDateTime(instant).split(' kl. ')[1];
  return (
    <>
      <span className="audit-table__day">{formatShortDay(instant)}</span> <span className="audit-table__time">kl. {time}</span>
    </>
  );
};

interface Props {
  readonly agreement: AgreementSummary;
  readonly rows: readonly AuditRow[];
  readonly caption: string;
}

/**
 * The history as a table: one row per event, the time as the row's header so a screen reader
 * names the row when moving across it. Wide, so it scrolls sideways in its own focusable region
 * on a tablet instead of making the whole page scroll.
 */
export const AuditTable = ({ agreement, rows, caption }: Props) => {
  const titles = new Map(agreement.focusAreas.map((f) => [f.focusAreaId, f.title]));
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="table audit-table">
        <caption>{caption}</caption>
        <colgroup>
          <col className="audit-table__col-when" />
          <col className="audit-table__col-kind" />
          <col className="audit-table__col-what" />
          <col className="audit-table__col-focus" />
          <col className="audit-table__col-who" />
          <col />
        </colgroup>
        <thead>
          <tr>
            <th scope="col">Tidpunkt</th>
            <th scope="col">Händelse</th>
            <th scope="col">Vad hände</th>
            <th scope="col">Fokusområde</th>
            <th scope="col">Vem</th>
            <th scope="col">Möte och motivering</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.position}>
              <th scope="row" className="audit-table__when">
                <time dateTime={row.occurredAt}>{whenParts(row.occurredAt)}</time>
              </th>
              <td>{eventTypeLabel(row.eventType)}</td>
              <td>
                {/* A rejection's summary carries its reason, which may be pages long. */}
                <ClampedText lines={4}>{row.summary}</ClampedText>
              </td>
              <td>
                {row.focusAreaId ? (
                  (row.focusAreaTitle ?? titles.get(row.focusAreaId) ?? row.focusAreaId)
                ) : (
                  <span className="muted">Överenskommelsen</span>
                )}
              </td>
              <td>
                <span className="audit-table__actor">{row.actorName}</span>
                <span className="audit-table__meta">{ACTOR_ROLE_LABEL[row.actorRole] ?? row.actorRole}</span>
                {signInLabel(row) ? (
                  <span className="audit-table__meta" title={row.signInAcr ?? undefined}>
                    {signInLabel(row)}
                  </span>
                ) : null}
                {row.partyId ? <span className="audit-table__meta">för {row.partyName ?? partyName(agreement.parties, row.partyId)}</span> : null}
              </td>
              <td>
                {row.meeting ? (
                  <span className="audit-table__meta">
                    {row.meeting.name}, {formatDate(row.meeting.date)}
                  </span>
                ) : null}
                {row.protocolLabel ? <span className="audit-table__meta">{row.protocolLabel}</span> : null}
                {/* A long reason would make one row pages tall and push the rest of the history away. */}
                {row.grounds ? <ClampedText lines={3}>{row.grounds}</ClampedText> : null}
                {!row.meeting && !row.grounds && !row.protocolLabel ? (
                  <span className="muted">
                    <span aria-hidden="true">–</span>
                    <span className="visually-hidden">Inget möte eller motivering</span>
                  </span>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
};
