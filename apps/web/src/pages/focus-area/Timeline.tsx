import { useState } from 'react';
import type { Party } from '../../api/schema';
import { Button, ClampedText, formatDate, formatDateTime, Loading, partyName, ProblemMessage } from '../../ui';
import { useTimelineQuery } from './focus-area-data';
import { useFocusAreaPage } from './FocusAreaContext';
import { AUDIT_ROLE_LABEL } from './labels';
import { timelineText } from './timeline-headline';
import type { AuditRow } from '../../api/schema';

const PAGE = 25;

/** What the row's "why" is called: a reason for a refusal or a step back, a comment on a follow-up. */
const groundsLabel = (eventType: string): string => {
  switch (eventType) {
    case 'TransitionRejected':
    case 'ProposalVoided':
    case 'SteppedBack':
    case 'FocusAreaWithdrawn':
    case 'FocusAreaScopeChanged':
      return 'Skäl';
    case 'MeasureStatusUpdated':
    case 'GoalOutcomeRecorded':
      return 'Kommentar';
    case 'EvaluationConcluded':
    case 'ChildImpactAssessmentRecorded':
      return 'Slutsats';
    case 'ProblemStatementRecorded':
      return 'Problemformulering';
    default:
      return 'Motivering';
  }
};

/**
 * Tidslinje: the focus area's history from the audit history, newest first — when, who (with the
 * role in Swedish), for which party, what happened, on which grounds, at which meeting.
 */
function TimelineEntry({ row, parties }: { row: AuditRow; parties: readonly Party[] }) {
  // The heading is a short label; a reason or a conclusion, however long, goes in the body once.
  const { headline, detail } = timelineText(row.summary, row.grounds);
  return (
    <li className="fap-timeline__item">
      <p className="fap-timeline__when">
        <time dateTime={row.occurredAt}>{formatDateTime(row.occurredAt)}</time>
      </p>
      <p className="fap-timeline__what">{headline}</p>
      <dl className="fap-timeline__facts">
        <div>
          <dt>Vem</dt>
          <dd>
            {row.actorName}
            {/* The system (the demo seed) holds no role an official would recognise. */}
            {row.actorId.startsWith('system:') ? null : ` (${AUDIT_ROLE_LABEL[row.actorRole] ?? row.actorRole})`}
          </dd>
        </div>
        {row.partyId ? (
          <div>
            <dt>För part</dt>
            <dd>{row.partyName ?? partyName(parties, row.partyId)}</dd>
          </div>
        ) : null}
        {row.meeting ? (
          <div>
            <dt>Möte</dt>
            <dd>
              {row.meeting.name}, {formatDate(row.meeting.date)}
            </dd>
          </div>
        ) : null}
      </dl>
      {detail ? (
        <dl className="timeline-detail">
          <dt>{groundsLabel(row.eventType)}</dt>
          <dd>
            <ClampedText lines={3}>{detail}</ClampedText>
          </dd>
        </dl>
      ) : null}
    </li>
  );
}

export function Timeline() {
  const { response, parties } = useFocusAreaPage();
  const [pageSize, setPageSize] = useState(PAGE);
  const query = useTimelineQuery(response.agreementId, response.focusArea.focusAreaId ?? '', pageSize);
  const rows = query.data?.items ?? [];
  const total = query.data?.total ?? 0;

  return (
    <section id="tidslinje" className="fap-section" aria-labelledby="tidslinje-rubrik">
      <h2 id="tidslinje-rubrik" tabIndex={-1}>
        Tidslinje
      </h2>
      <p className="fap-section__intro">Allt som har hänt med fokusområdet, det senaste först.</p>
      {query.error && !query.data ? <ProblemMessage error={query.error} title="Historiken kunde inte hämtas" /> : null}
      {query.isPending ? <Loading>Hämtar historiken…</Loading> : null}
      {query.data && rows.length === 0 ? <p className="fap-empty">Ingen historik ännu.</p> : null}
      {rows.length > 0 ? (
        <ol className="fap-timeline">
          {rows.map((row) => (
            <TimelineEntry key={row.position} row={row} parties={parties} />
          ))}
        </ol>
      ) : null}
      {total > rows.length ? (
        <Button variant="secondary" busy={query.isFetching} onClick={() => setPageSize((n) => Math.min(n + PAGE, 500))}>
          Visa äldre händelser ({total - rows.length} till)
        </Button>
      ) : null}
    </section>
  );
}
