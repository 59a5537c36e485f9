import { STEP_LABEL } from '../../ui';
import { useFocusAreaPage } from './FocusAreaContext';
import { isSmart } from './smart';
import type { CycleStep, FocusAreaView } from '../../api/schema';

interface Condition {
  readonly text: string;
  readonly met: boolean;
}

/** DOMAIN.md's gates, as a reader checks them before asking the council (the server judges for real). */
const conditionsFor = (step: CycleStep, view: FocusAreaView, partyIds: readonly string[], period?: { from: string; to: string }): Condition[] => {
  const { work } = view;
  switch (step) {
    case 'mapping':
      return [
        { text: 'En problemformulering (vad, var, när och hur ofta)', met: work.problemStatement !== null },
        { text: 'Minst en källa', met: work.sources.length > 0 },
      ];
    case 'analysis':
      return [{ text: 'Minst en identifierad orsak', met: work.causes.length > 0 }];
    case 'measures':
      return [
        { text: 'Minst en åtgärd i åtgärdsplanen', met: work.measures.length > 0 },
        {
          text: 'Varje åtgärd har ett SMART mål (indikator, utgångsvärde, målvärde, måldatum och uppföljningsmetod)',
          met:
            work.measures.length > 0 &&
            work.measures.every((m) =>
              isSmart(
                work.goals.find((g) => g.goalId === m.goalId),
                view.policy,
                period,
              ),
            ),
        },
        {
          text: 'Varje åtgärd har en ansvarig part i överenskommelsen och ska vara klar inom dess period',
          met:
            work.measures.length > 0 &&
            work.measures.every(
              (m) =>
                (partyIds.length === 0 || partyIds.includes(m.responsiblePartyId)) && (!period || (m.dueDate >= period.from && m.dueDate <= period.to)),
            ),
        },
        // Only where the agreement's policy asks for one here (every focus area, or those concerning children and young people).
        ...(view.childImpactAssessmentRequired ? [{ text: 'En barnkonsekvensanalys', met: work.childImpactAssessment !== null }] : []),
      ];
    case 'evaluation':
      return [
        ...(work.goals.some((g) => g.baseline === undefined)
          ? [{ text: 'Ett uppmätt utgångsvärde för varje mål', met: work.goals.every((g) => g.baseline !== undefined) }]
          : []),
        { text: 'Ett utfall för varje mål', met: work.goals.every((g) => work.outcomes.some((o) => o.goalId === g.goalId)) },
        { text: 'En slutsats', met: work.conclusion !== null },
      ];
  }
};

const NEXT: Readonly<Record<CycleStep, string>> = {
  mapping: `gå vidare till ${STEP_LABEL.analysis}`,
  analysis: `gå vidare till ${STEP_LABEL.measures}`,
  measures: `gå vidare till ${STEP_LABEL.evaluation}`,
  evaluation: 'avsluta fokusområdet eller starta en ny cykel',
};

/**
 * Why no forward move is offered yet: what the step's gate still needs. Shown only when the cycle
 * machine offers no forward proposal, so the coordinator sees what is missing instead of a refusal.
 */
export function GateChecklist({ step }: { step: CycleStep }) {
  const { response, parties, agreement } = useFocusAreaPage();
  const conditions = conditionsFor(
    step,
    response.focusArea,
    parties.map((p) => p.partyId),
    agreement?.agreement.period,
  );
  return (
    <div className="fap-gate">
      <h3>Innan ni kan föreslå att {NEXT[step]}</h3>
      <ul className="fap-gate__list">
        {conditions.map((c) => (
          <li key={c.text} className={c.met ? 'fap-gate__item fap-gate__item--met' : 'fap-gate__item fap-gate__item--missing'}>
            <span className="fap-gate__mark" aria-hidden="true">
              {c.met ? '✓' : '○'}
            </span>
            <span>
              {c.text}: <strong>{c.met ? 'klart' : 'saknas'}</strong>
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
