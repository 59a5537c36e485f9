import type { CycleWork } from '../../api/schema';

/** What a new cycle kept of the cycle before it, by kind, in the earlier cycle's words. */
export function CarriedSummary({ from, carried }: { from: CycleWork; carried: NonNullable<CycleWork['carriedForward']> }) {
  const measures = from.measures.filter((m) => carried.measureIds.includes(m.measureId));
  const goals = from.goals.filter((g) => carried.goalIds.includes(g.goalId));
  const sources = from.sources.filter((s) => carried.sourceIds.includes(s.sourceId));
  const causes = from.causes.filter((c) => carried.causeIds.includes(c.causeId));
  if (measures.length + goals.length + sources.length + causes.length === 0)
    return <p className="fap-hint">Inget fördes vidare: cykeln började från början. Allt finns kvar att läsa under Tidigare cykler.</p>;
  return (
    <>
      <p className="fap-hint">Det här fördes vidare och finns nu i cykeln, med sin status. Det som inte valdes finns kvar under Tidigare cykler.</p>
      <dl className="fap-facts fap-carry__summary">
        <Kept label="Åtgärder" items={measures.map((m) => m.activity)} />
        <Kept label="Mål" items={goals.map((g) => g.description)} />
        <Kept label="Orsaker" items={causes.map((c) => c.description)} />
        <Kept label="Källor" items={sources.map((s) => s.title)} />
      </dl>
    </>
  );
}

const Kept = ({ label, items }: { label: string; items: readonly string[] }) => (
  <div className="fap-facts__row">
    <dt>{label}</dt>
    <dd>
      {items.length === 0 ? (
        'Inga'
      ) : (
        <ul className="fap-carry__kept">
          {items.map((item) => (
            <li key={item}>{item}</li>
          ))}
        </ul>
      )}
    </dd>
  </div>
);
