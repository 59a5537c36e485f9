import { swedishDateOf } from '@samverkan/dates';
import type { PlanAsOf } from '../../api/schema';
import { formatDate } from '../../ui';
import { FocusAreaAsOfCard } from './FocusAreaAsOfCard';

/** Said for a moment before the agreement's first event: there was no plan, which is not missing access. */
export const beforeLogText = (logBeganAt: string | null): string =>
  logBeganAt
    ? `Loggen börjar ${formatDate(swedishDateOf(logBeganAt))}; planen fanns inte före det datumet.`
    : 'Loggen har inga händelser för överenskommelsen ännu; planen fanns inte vid den tidpunkten.';

interface Props {
  readonly plan: PlanAsOf;
  /** Marks a focus area as changed, with what to say about it (two moments compared). */
  readonly changedText?: (focusAreaId: string) => string | undefined;
}

/** Every focus area of the plan as it stood, in the board's order; or, before the log began, that there was none. */
export const PlanAt = ({ plan, changedText }: Props) => {
  if (plan.beforeLogBegan || !plan.agreement) return <p className="plan-as-of__before-log">{beforeLogText(plan.logBeganAt)}</p>;
  const parties = plan.agreement.parties;
  const docs = new Map(plan.focusAreas.map((doc) => [doc.focusAreaId, doc]));
  return (
    <>
      {plan.board.length === 0 ? <p>Inga fokusområden fanns vid den tidpunkten.</p> : null}
      <div className="plan-as-of__list">
        {plan.board.map((row) => {
          const doc = docs.get(row.focusAreaId);
          return doc ? (
            <FocusAreaAsOfCard
              key={row.focusAreaId}
              doc={doc}
              at={plan.at}
              parties={parties}
              partiesInForce={plan.partiesInForce}
              changed={changedText?.(row.focusAreaId)}
            />
          ) : null;
        })}
      </div>
    </>
  );
};
