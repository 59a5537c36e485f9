import type { AgreementSummary, AuditRow } from '../../api/schema';
import { formatDateTime, QueryState } from '../../ui';
import { ChangesList } from './ChangesList';
import { eventTypeLabel } from './audit-labels';
import { FocusAreaAsOfCard } from './FocusAreaAsOfCard';
import { PlanAt } from './PlanAt';
import { useReplayPlan, useStepChanges, type ReplaySubject } from './replay-queries';

interface Props {
  readonly agreement: AgreementSummary;
  readonly subject: ReplaySubject;
  /** The events of the step, one request's, oldest first. */
  readonly step: readonly AuditRow[];
  /** The last event of the step before. */
  readonly previous: AuditRow | undefined;
}

/** What the step did to the plan: the diff between the plan before it and after it, for the focus area replayed. */
const StepChanges = ({ agreement, subject, step, previous }: Props) => {
  const last = step.at(-1)!;
  const changes = useStepChanges(agreement.agreementId, previous, last);
  if (!previous) return <p className="muted">Det första steget: planen börjar här.</p>;
  if (previous.occurredAt >= last.occurredAt) return <p className="muted">Registrerat i samma ögonblick som föregående steg.</p>;
  return (
    <QueryState query={changes} loading="Jämför med föregående steg…" errorTitle="Ändringarna kunde inte hämtas">
      {(all) => {
        const mine = subject.kind === 'focusArea' ? all.filter((c) => c.focusAreaId === subject.focusAreaId) : all;
        return mine.length === 0 ? <p className="muted">Planens innehåll ändrades inte i det här steget.</p> : <ChangesList changes={mine} Heading="h5" />;
      }}
    </QueryState>
  );
};

/** The step: which event, when, for which party, at which meeting; what changed; the plan right after it. */
export const ReplayStepView = (props: Props) => {
  const { agreement, subject, step } = props;
  const first = step[0]!;
  const plan = useReplayPlan(agreement.agreementId, subject, step.at(-1));
  return (
    <div className="replay__step">
      <div className="replay__event">
        <h3 className="replay__event-title">{eventTypeLabel(first.eventType)}</h3>
        <p>
          <time dateTime={first.occurredAt}>{formatDateTime(first.occurredAt)}</time>
          {first.focusAreaTitle && subject.kind === 'agreement' ? ` – ${first.focusAreaTitle}` : ''}
        </p>
        <ul className="replay__events">
          {step.map((row) => (
            <li key={row.position}>
              {step.length > 1 ? <span className="tag">{eventTypeLabel(row.eventType)}</span> : null} {row.summary}
              {row.protocolLabel ? <span className="muted"> ({row.protocolLabel})</span> : null}
              {row.grounds && !row.summary.includes(row.grounds) ? <span className="muted"> Motivering: {row.grounds}</span> : null}
            </li>
          ))}
        </ul>
        <h4 className="replay__changes-title">Ändringar i planen i det här steget</h4>
        <StepChanges {...props} />
      </div>
      <div className="replay__plan">
        <h3 className="replay__plan-title">Planen efter steget</h3>
        <QueryState query={plan} loading="Hämtar planen…" errorTitle="Planen kunde inte hämtas">
          {(data) =>
            data.kind === 'focusArea' ? (
              <FocusAreaAsOfCard doc={data.doc} at={data.at} parties={agreement.parties} partiesInForce={agreement.parties} />
            ) : (
              <PlanAt plan={data.plan} />
            )
          }
        </QueryState>
      </div>
    </div>
  );
};
