import type { CycleWork, Goal, Party } from '../../api/schema';
import { CAUSE_FACTOR_LABEL, formatDate, formatNumber, MEASURE_KIND_LABEL, MEASURE_STATUS_LABEL, partyName, SOURCE_KIND_LABEL } from '../../ui';

/**
 * One earlier cycle's work, read only and in full, in the cycle's order: the problem and its
 * sources, the causes, the goals with their follow-ups and outcomes, the action plan, the child
 * impact assessment and the conclusion. Lists rather than a table, so it reads at every width.
 */
export function PreviousCycleWork({ work, parties, headingLevel }: { work: CycleWork; parties: readonly Party[]; headingLevel: 'h3' }) {
  const H = headingLevel;
  const causeText = (id: string) => work.causes.find((c) => c.causeId === id)?.description ?? id;
  const goalText = (id: string | undefined) => (id ? (work.goals.find((g) => g.goalId === id)?.description ?? id) : 'Inget mål kopplat');
  const { problemStatement: problem } = work;
  return (
    <div className="fap-prev">
      <H>Kartläggning</H>
      {problem ? (
        <dl className="fap-facts">
          <Row label="Vad">{problem.what}</Row>
          <Row label="Var">{problem.where}</Row>
          <Row label="När">{problem.when}</Row>
          <Row label="Hur ofta">{problem.howOften}</Row>
        </dl>
      ) : (
        <p className="fap-empty">Ingen problembeskrivning.</p>
      )}
      <p className="fap-prev__label">Källor</p>
      <Items empty="Inga källor.">
        {work.sources.map((s) => (
          <li key={s.sourceId}>
            <span className="fap-tag">{SOURCE_KIND_LABEL[s.kind]}</span> {s.title}
            {s.description ? <span className="fap-prev__detail">{s.description}</span> : null}
          </li>
        ))}
      </Items>

      <H>Analys: orsaker</H>
      <Items empty="Inga orsaker.">
        {work.causes.map((c) => (
          <li key={c.causeId}>
            <span className="fap-tag">{CAUSE_FACTOR_LABEL[c.factor]}</span> {c.description}
          </li>
        ))}
      </Items>

      <H>Mål och uppföljning</H>
      <Items empty="Inga mål.">
        {work.goals.map((g) => (
          <li key={g.goalId}>
            <strong>{g.description}</strong>
            <GoalFollowUp goal={g} work={work} />
          </li>
        ))}
      </Items>

      <H>Åtgärdsplan</H>
      <Items empty="Inga åtgärder.">
        {work.measures.map((m) => (
          <li key={m.measureId}>
            <strong>{m.activity}</strong>
            <dl className="fap-facts fap-prev__facts">
              <Row label="Status">
                {MEASURE_STATUS_LABEL[m.status ?? 'notFollowedUp']}
                {m.statusComment ? ` – ${m.statusComment}` : ''}
              </Row>
              <Row label="Orsak">{[m.causeId, ...(m.furtherCauseIds ?? [])].map(causeText).join('; ')}</Row>
              <Row label="Mål">{goalText(m.goalId)}</Row>
              <Row label="Operativt mål">{m.operationalGoal}</Row>
              <Row label="Ansvarig">
                {partyName(parties, m.responsiblePartyId)}, {m.responsibleFunction}
                {(m.coResponsible ?? []).map((r) => `; ${partyName(parties, r.partyId)}, ${r.function}`).join('')}
              </Row>
              {m.collaborators && m.collaborators.length > 0 ? <Row label="Samverkar med">{m.collaborators.join(', ')}</Row> : null}
              <Row label="Klart senast">{formatDate(m.dueDate)}</Row>
              <Row label="Uppföljning">{m.followUpMethod}</Row>
              <Row label="Typ">{MEASURE_KIND_LABEL[m.kind]}</Row>
            </dl>
          </li>
        ))}
      </Items>

      <H>Barnkonsekvensanalys</H>
      {work.childImpactAssessment ? (
        <dl className="fap-facts">
          <Row label="Sammanfattning">{work.childImpactAssessment.summary}</Row>
          <Row label="Slutsats">{work.childImpactAssessment.conclusion}</Row>
        </dl>
      ) : (
        <p className="fap-empty">Ingen barnkonsekvensanalys.</p>
      )}

      <H>Slutsats</H>
      <p>{work.conclusion ?? 'Ingen slutsats.'}</p>
    </div>
  );
}

/** A goal's indicator from baseline to target, its follow-ups in order, and the outcome recorded in evaluation. */
function GoalFollowUp({ goal, work }: { goal: Goal; work: CycleWork }) {
  const measurements = work.measurements.filter((m) => m.goalId === goal.goalId);
  const outcome = work.outcomes.find((o) => o.goalId === goal.goalId);
  const value = (n: number | undefined) => (n === undefined ? '–' : formatNumber(n));
  return (
    <dl className="fap-facts fap-prev__facts">
      {goal.indicator ? <Row label="Indikator">{goal.indicator}</Row> : null}
      <Row label="Utgångsvärde → målvärde">
        {value(goal.baseline)} → {value(goal.target)}
        {goal.targetDate ? ` senast ${formatDate(goal.targetDate)}` : ''}
      </Row>
      <Row label="Mätningar">
        {measurements.length === 0
          ? 'Inga'
          : measurements
              .map((m) => `${formatDate(m.measuredOn)}: ${m.value === null ? 'ej mätt ännu' : formatNumber(m.value)}${m.comment ? ` (${m.comment})` : ''}`)
              .join('; ')}
      </Row>
      {outcome ? (
        <>
          <Row label="Genomförande">{outcome.production}</Row>
          <Row label="Process">{outcome.process}</Row>
          <Row label="Effekt">
            {formatNumber(outcome.effect.measuredValue)}
            {outcome.effect.comment ? ` – ${outcome.effect.comment}` : ''}
          </Row>
        </>
      ) : (
        <Row label="Utfall">Inget utfall registrerat</Row>
      )}
    </dl>
  );
}

const Row = ({ label, children }: { label: string; children: React.ReactNode }) => (
  <div className="fap-facts__row">
    <dt>{label}</dt>
    <dd>{children}</dd>
  </div>
);

const Items = ({ empty, children }: { empty: string; children: React.ReactNode[] }) =>
  children.length === 0 ? <p className="fap-empty">{empty}</p> : <ul className="fap-prev__list">{children}</ul>;
