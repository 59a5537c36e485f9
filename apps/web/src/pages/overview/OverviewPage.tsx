import { useBoard } from '../../api/queries';
import type { AgreementSummary } from '../../api/schema';
import { WithAgreement } from '../../layout/current-agreement';
import { formatCount, formatDate, PageHeading, QueryState, stepTitle } from '../../ui';
import { groupByStep, stepAnchor, summarise } from './board-groups';
import { FocusAreaCard } from './FocusAreaCard';

const Board = ({ agreement }: { agreement: AgreementSummary }) => {
  const board = useBoard(agreement.agreementId);
  return (
    <QueryState query={board} loading="Hämtar översikten…" errorTitle="Översikten kunde inte hämtas">
      {(data) => {
        const groups = groupByStep(data.focusAreas);
        const summary = summarise(data.focusAreas);
        return (
          <>
            <p className="lead">
              Läget den {formatDate(data.today)} för {agreement.name}.
            </p>
            <ul className="summary" aria-label="Sammanfattning">
              <li>
                <strong>{summary.focusAreas}</strong> fokusområden
              </li>
              <li>
                <strong>{summary.awaitingDecision}</strong> väntar på beslut
              </li>
              <li className={summary.lateMeasures > 0 ? 'summary__late' : undefined}>
                <strong>{summary.lateMeasures}</strong> {summary.lateMeasures === 1 ? 'försenad åtgärd' : 'försenade åtgärder'}
              </li>
            </ul>

            <nav aria-label="Steg i cykeln" className="steps">
              <ol className="steps__list">
                {groups.map((g) => (
                  <li key={g.step}>
                    <a href={`#${stepAnchor(g.step)}`} className={`steps__link steps__link--${g.step}`}>
                      <span className="steps__name">{stepTitle(g.step)}</span>
                      <span className="steps__count">{formatCount(g.rows.length, 'fokusområde', 'fokusområden')}</span>
                    </a>
                  </li>
                ))}
              </ol>
            </nav>

            {groups.map((g) => (
              <section key={g.step} className={`step-group step-group--${g.step}`} aria-labelledby={stepAnchor(g.step)}>
                <h2 id={stepAnchor(g.step)} tabIndex={-1} className="step-group__title">
                  {stepTitle(g.step)} <span className="step-group__count">({g.rows.length})</span>
                </h2>
                {g.rows.length === 0 ? (
                  <p className="muted">Inga fokusområden i det här steget.</p>
                ) : (
                  <div className="card-grid">
                    {g.rows.map((row) => (
                      <FocusAreaCard key={row.focusAreaId} row={row} parties={agreement.parties} />
                    ))}
                  </div>
                )}
              </section>
            ))}
          </>
        );
      }}
    </QueryState>
  );
};

/** Översikt: every focus area of the chosen agreement by step, what waits for a decision, what is late. */
export default function OverviewPage() {
  return (
    <>
      <PageHeading title="Översikt" />
      <WithAgreement>{(agreement) => <Board agreement={agreement} />}</WithAgreement>
    </>
  );
}
