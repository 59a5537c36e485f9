import type { FocusAreaAsOf } from '../../api/schema';
import { CAUSE_FACTOR_LABEL, formatDate, formatNumber, SOURCE_KIND_LABEL } from '../../ui';

type Work = FocusAreaAsOf['work'];
type Goal = Work['goals'][number];

const valueText = (value: number | null): string => (value === null ? 'ej mätt ännu' : formatNumber(value));

const goalText = (goal: Goal): string => {
  const measurable = goal.indicator !== undefined && goal.baseline !== undefined && goal.target !== undefined;
  const indicator = measurable ? ` – ${goal.indicator}: från ${formatNumber(goal.baseline!)} till ${formatNumber(goal.target!)}` : '';
  return `${goal.description}${indicator}${goal.targetDate ? `, senast ${formatDate(goal.targetDate)}` : ''}`;
};

/** One goal with what was measured and the outcome recorded for it, as they stood. */
const GoalAsOf = ({ goal, work }: { goal: Goal; work: Work }) => {
  const measurements = work.measurements.filter((m) => m.goalId === goal.goalId).sort((a, b) => a.measuredOn.localeCompare(b.measuredOn));
  const outcome = work.outcomes.find((o) => o.goalId === goal.goalId);
  return (
    <li>
      {goalText(goal)}
      {measurements.length ? (
        <ul className="plan-card__sub">
          {measurements.map((m) => (
            <li key={m.measurementId}>
              Mätning {formatDate(m.measuredOn)}: {valueText(m.value)}
              {m.comment ? ` (${m.comment})` : ''}
            </li>
          ))}
        </ul>
      ) : null}
      {outcome ? (
        <dl className="plan-card__outcome">
          <div>
            <dt>Utfall, prestation</dt>
            <dd>{outcome.production}</dd>
          </div>
          <div>
            <dt>Utfall, process</dt>
            <dd>{outcome.process}</dd>
          </div>
          <div>
            <dt>Utfall, effekt</dt>
            <dd>
              {formatNumber(outcome.effect.measuredValue)}
              {outcome.effect.comment ? ` – ${outcome.effect.comment}` : ''}
            </dd>
          </div>
        </dl>
      ) : null}
    </li>
  );
};

/**
 * The work of a focus area's cycle as it stood, everything the focus area page shows about it:
 * sources, causes, goals with their measurements and outcomes, the child impact assessment and the
 * evaluation's conclusion. Display only: the auditor reads, never edits.
 */
export const AsOfWork = ({ work, Sub }: { work: Work; Sub: 'h4' | 'h5' }) => (
  <>
    {work.sources.length ? (
      <>
        <Sub className="plan-card__subtitle">Källor</Sub>
        <ul className="plan-card__list">
          {work.sources.map((s) => (
            <li key={s.sourceId}>
              {s.title} <span className="muted">({SOURCE_KIND_LABEL[s.kind]})</span>
            </li>
          ))}
        </ul>
      </>
    ) : null}
    {work.causes.length ? (
      <>
        <Sub className="plan-card__subtitle">Orsaker</Sub>
        <ul className="plan-card__list">
          {work.causes.map((c) => (
            <li key={c.causeId}>
              {c.description} <span className="muted">({CAUSE_FACTOR_LABEL[c.factor]})</span>
            </li>
          ))}
        </ul>
      </>
    ) : null}
    {work.goals.length ? (
      <>
        <Sub className="plan-card__subtitle">Mål</Sub>
        <ul className="plan-card__list">
          {work.goals.map((goal) => (
            <GoalAsOf key={goal.goalId} goal={goal} work={work} />
          ))}
        </ul>
      </>
    ) : null}
    {work.childImpactAssessment ? (
      <>
        <Sub className="plan-card__subtitle">Barnkonsekvensanalys</Sub>
        <p>{work.childImpactAssessment.summary}</p>
        <p>
          <strong>Slutsats:</strong> {work.childImpactAssessment.conclusion}
        </p>
      </>
    ) : null}
    {work.conclusion ? (
      <>
        <Sub className="plan-card__subtitle">Slutsats av utvärderingen</Sub>
        <p>{work.conclusion}</p>
      </>
    ) : null}
  </>
);
