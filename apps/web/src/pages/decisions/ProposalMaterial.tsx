import { useQuery } from '@tanstack/react-query';
import { api } from '../../api/api';
import type { DecisionInboxItem, MaterialWork, Party, ProposalMaterial as Material } from '../../api/schema';
import { CAUSE_FACTOR_LABEL, formatDate, formatNumber, formatShortDay, partyName, QueryState, SOURCE_KIND_LABEL } from '../../ui';

/** The material of one pending proposal; keyed by the revision, so a changed focus area is read again. */
export const useProposalMaterial = (item: Pick<DecisionInboxItem, 'focusAreaId' | 'proposalId' | 'revision'>) =>
  useQuery({
    queryKey: ['proposal-material', item.focusAreaId, item.proposalId, item.revision],
    queryFn: async ({ signal }) =>
      (
        await api.read(
          '/focus-areas/{focusAreaId}/proposals/{proposalId}/material',
          { focusAreaId: item.focusAreaId, proposalId: item.proposalId },
          { signal, readModel: true },
        )
      ).data,
  });

const value = (n: number | undefined): string => (n === undefined ? '–' : formatNumber(n));

const Work = ({ work, material, parties }: { work: MaterialWork; material: Material; parties: readonly Party[] }) => {
  const goalName = (goalId: string) => work.goals?.find((g) => g.goalId === goalId)?.description ?? 'målet';
  return (
    <>
      {work.problemStatement !== undefined ? (
        <div className="material__part">
          <h5>Problemformulering</h5>
          {work.problemStatement ? (
            <p className="prose">
              {work.problemStatement.what} – {work.problemStatement.where}, {work.problemStatement.when}, {work.problemStatement.howOften}.
            </p>
          ) : (
            <p className="muted">Ingen problemformulering.</p>
          )}
        </div>
      ) : null}
      {work.sources ? (
        <div className="material__part">
          <h5>Källor</h5>
          <ul>
            {work.sources.map((s) => (
              <li key={s.sourceId}>
                {s.title} ({SOURCE_KIND_LABEL[s.kind]})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {work.causes ? (
        <div className="material__part">
          <h5>Orsaker</h5>
          <ul>
            {work.causes.map((c) => (
              <li key={c.causeId}>
                {c.description} ({CAUSE_FACTOR_LABEL[c.factor]})
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {work.goals ? (
        <div className="material__part">
          <h5>Mål</h5>
          <ul>
            {work.goals.map((g) => (
              <li key={g.goalId}>
                {g.description}
                {g.indicator ? `: ${g.indicator} från ${value(g.baseline)} till ${value(g.target)}` : ''}
                {g.targetDate ? ` senast ${formatDate(g.targetDate)}` : ''}
                {g.baseline === undefined && g.baselineDueBy ? ` (utgångsvärdet mäts senast ${formatDate(g.baselineDueBy)})` : ''}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {work.measures ? (
        <div className="material__part">
          <h5>Åtgärder</h5>
          <ul>
            {work.measures.map((m) => (
              <li key={m.measureId}>
                {m.activity} – {partyName(parties, m.responsiblePartyId)} ({m.responsibleFunction}), klar senast {formatDate(m.dueDate)}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {work.childImpactAssessment !== undefined ? (
        <div className="material__part">
          <h5>Barnkonsekvensanalys</h5>
          {work.childImpactAssessment ? (
            <p className="prose">
              {work.childImpactAssessment.summary} Slutsats: {work.childImpactAssessment.conclusion}
            </p>
          ) : (
            <p className="muted">
              {material.childImpactAssessmentRequired
                ? 'Ingen barnkonsekvensanalys är gjord.'
                : 'Ingen barnkonsekvensanalys – överenskommelsen kräver ingen för det här fokusområdet.'}
            </p>
          )}
        </div>
      ) : null}
      {work.outcomes ? (
        <div className="material__part">
          <h5>Utfall</h5>
          <ul>
            {work.outcomes.map((o) => (
              <li key={o.goalId}>
                {goalName(o.goalId)}: uppmätt {value(o.effect.measuredValue)}. {o.production}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {work.conclusion !== undefined ? (
        <div className="material__part">
          <h5>Slutsats</h5>
          <p className="prose">{work.conclusion ?? '–'}</p>
        </div>
      ) : null}
    </>
  );
};

/**
 * What the council decides on, on the card itself: the work of the step, and what changed since
 * the council last decided on the focus area (so an approval covers what the member saw).
 */
export const ProposalMaterial = ({ item, parties }: { item: DecisionInboxItem; parties: readonly Party[] }) => {
  const material = useProposalMaterial(item);
  return (
    <section className="proposal__material" aria-label={`Underlag: ${item.focusAreaTitle}`}>
      <h4>Underlag för beslutet</h4>
      <QueryState query={material} loading="Hämtar underlaget…" errorTitle="Underlaget kunde inte hämtas">
        {(m) => (
          <>
            {m.sections.length === 0 ? <p className="prose">{m.description}</p> : <Work work={m.work} material={m} parties={parties} />}
            <div className="material__part">
              <h5>
                {m.lastCouncilDecision
                  ? `Ändrat sedan rådets senaste beslut (${formatShortDay(m.lastCouncilDecision.decidedAt)})`
                  : 'Ändrat sedan rådets senaste beslut'}
              </h5>
              {!m.lastCouncilDecision ? (
                <p className="muted">Rådet har inte beslutat om fokusområdet tidigare.</p>
              ) : m.changesSinceLastDecision.length === 0 ? (
                <p className="muted">Inget har ändrats sedan dess.</p>
              ) : (
                <ul className="material__changes">
                  {m.changesSinceLastDecision.map((c) => (
                    <li key={`${c.kind}-${c.subjectId ?? ''}-${c.description}`}>{c.description}</li>
                  ))}
                </ul>
              )}
            </div>
          </>
        )}
      </QueryState>
    </section>
  );
};
