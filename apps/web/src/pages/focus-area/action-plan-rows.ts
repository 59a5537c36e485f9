import { greenButLate } from '@samverkan/follow-up';
import { listSv, MEASURE_KIND_LABEL, partyName } from '../../ui/labels';
import type { Cause, CycleWork, Goal, Measure, Party } from '../../api/schema';

/**
 * One measure in Brå's columns, in words: what the table's cells and the phone's cards both show,
 * so the two layouts never say different things.
 */
export interface ActionPlanRow {
  readonly measure: Measure;
  readonly kind: string;
  /** The cause the measure mainly addresses first, then the further ones; "Orsaken saknas" for one removed. */
  readonly causes: readonly { readonly causeId: string; readonly text: string }[];
  /** Undefined while the measure waits for its goal (Brå's order: cause → measure → goal). */
  readonly goal: Goal | undefined;
  readonly goalText: string;
  readonly responsible: string;
  /** "Lokalpolisområde Kävlinge (Kommunpolis)", one per party sharing the responsibility. */
  readonly coResponsible: readonly string[];
  readonly collaborators: string;
  readonly late: boolean;
  /** Past its due date and still marked green: its status was not followed up (greenButLate). */
  readonly greenButLate: boolean;
}

const causeText = (causes: readonly Cause[], causeId: string) => causes.find((c) => c.causeId === causeId)?.description ?? 'Orsaken saknas';

/** "Andel otrygga: från 30 till 20" – the goal with its indicator, as the column Mål (indikator) reads. */
const goalText = (goal: Goal | undefined): string => {
  if (!goal) return 'Mål saknas';
  return goal.indicator ? `${goal.description} (indikator: ${goal.indicator})` : goal.description;
};

export const actionPlanRows = (work: Pick<CycleWork, 'measures' | 'causes' | 'goals'>, parties: readonly Party[], today: string): ActionPlanRow[] =>
  work.measures.map((measure) => {
    const goal = measure.goalId === undefined ? undefined : work.goals.find((g) => g.goalId === measure.goalId);
    return {
      measure,
      kind: MEASURE_KIND_LABEL[measure.kind],
      causes: [measure.causeId, ...(measure.furtherCauseIds ?? [])].map((causeId) => ({ causeId, text: causeText(work.causes, causeId) })),
      goal,
      goalText: goalText(goal),
      responsible: `${partyName(parties, measure.responsiblePartyId)} (${measure.responsibleFunction})`,
      coResponsible: (measure.coResponsible ?? []).map((shared) => `${partyName(parties, shared.partyId)} (${shared.function})`),
      collaborators: listSv(measure.collaborators ?? []),
      late: measure.status !== 'done' && measure.dueDate < today,
      greenButLate: greenButLate(measure, today),
    };
  });
