import { swedishDateOf } from '@samverkan/dates';
import { formatDate, QueryState } from '../../ui';
import { ACTOR_ROLE_LABEL } from './audit-labels';
import { useDecisionsUpTo } from './audit-queries';

interface Props {
  readonly agreementId: string;
  readonly focusAreaId: string;
  readonly title: string;
  readonly at: string;
  readonly Sub: 'h4' | 'h5';
}

/**
 * Who in the council approved or rejected what (the role: a plan names functions, not people), for
 * which party, at which paragraph of which meeting, up to the moment: asked of the audit history (its home), never kept a second time.
 */
export const DecisionsAsOf = ({ agreementId, focusAreaId, title, at, Sub }: Props) => {
  const decisions = useDecisionsUpTo(agreementId, focusAreaId, at);
  return (
    <>
      <Sub className="plan-card__subtitle">Beslut i rådet</Sub>
      <QueryState query={decisions} loading="Hämtar besluten…" errorTitle={`Besluten om ${title} kunde inte hämtas`}>
        {(data) =>
          data.items.length === 0 ? (
            <p className="muted">Inga beslut i rådet om fokusområdet vid tidpunkten.</p>
          ) : (
            <ul className="plan-card__list plan-card__decisions">
              {data.items.map((row) => (
                <li key={row.position}>
                  <time dateTime={row.occurredAt}>{formatDate(swedishDateOf(row.occurredAt))}</time>: {row.summary}
                  <span className="muted"> – {ACTOR_ROLE_LABEL[row.actorRole] ?? row.actorRole}</span>
                  {row.protocolLabel ? <span className="muted"> ({row.protocolLabel})</span> : null}
                </li>
              ))}
            </ul>
          )
        }
      </QueryState>
    </>
  );
};
