import type { CycleWork, Goal, Measure } from '@samverkan/cycle';
import { dateSv } from '../audit-history/date-sv.js';
import type { PlanChange } from './plan-change.js';
import { inFocusArea, matchById, measureStatusSv, quoted, same, type ChangeContext } from './change-context.js';

const goalSv = (goal: Goal): string => {
  const measurable = goal.indicator !== undefined && goal.baseline !== undefined && goal.target !== undefined;
  return `${quoted(goal.description)}${measurable ? ` (${goal.indicator} från ${goal.baseline} till ${goal.target}${goal.targetDate ? ` senast ${dateSv(goal.targetDate)}` : ''})` : ''}`;
};

const goalChanges = (ctx: ChangeContext, before: CycleWork, after: CycleWork): PlanChange[] => {
  const { added, removed, kept } = matchById(before.goals, after.goals, (g) => g.goalId);
  return [
    ...added.map((g) => inFocusArea(ctx, 'goalAdded', `Målet ${goalSv(g)} sattes i ${quoted(ctx.title)}`, { subjectId: g.goalId })),
    ...kept
      .filter((k) => !same(k.before, k.after))
      .map((k) => inFocusArea(ctx, 'goalChanged', `Målet ${goalSv(k.after)} i ${quoted(ctx.title)} ändrades`, { subjectId: k.after.goalId })),
    ...removed.map((g) => inFocusArea(ctx, 'goalRemoved', `Målet ${quoted(g.description)} togs bort ur ${quoted(ctx.title)}`, { subjectId: g.goalId })),
  ];
};

const measureChanges = (ctx: ChangeContext, was: Measure, is: Measure): PlanChange[] => {
  const name = `Åtgärden ${quoted(is.activity)} i ${quoted(ctx.title)}`;
  const subjectId = is.measureId;
  const changes: PlanChange[] = [];
  if (was.status !== is.status) {
    const description = `${name} följdes upp: ${measureStatusSv(is.status)} (tidigare ${measureStatusSv(was.status)})`;
    changes.push(inFocusArea(ctx, 'measureStatusChanged', description, { subjectId, before: was.status, after: is.status }));
  }
  if (was.dueDate !== is.dueDate) {
    const description = `${name} ska vara klar ${dateSv(is.dueDate)} i stället för ${dateSv(was.dueDate)}`;
    changes.push(inFocusArea(ctx, 'measureDueDateChanged', description, { subjectId, before: was.dueDate, after: is.dueDate }));
  }
  const { status: _s, statusComment: _c, dueDate: _d, ...restBefore } = was;
  const { status: _s2, statusComment: _c2, dueDate: _d2, ...restAfter } = is;
  if (!same(restBefore, restAfter))
    changes.push(inFocusArea(ctx, 'measureChanged', `${name} ändrades (aktivitet, ansvar, mål eller uppföljning)`, { subjectId }));
  return changes;
};

const measuresChanges = (ctx: ChangeContext, before: CycleWork, after: CycleWork): PlanChange[] => {
  const { added, removed, kept } = matchById(before.measures, after.measures, (m) => m.measureId);
  return [
    ...added.map((m) =>
      inFocusArea(
        ctx,
        'measureAdded',
        `Åtgärden ${quoted(m.activity)} planerades i ${quoted(ctx.title)}, ansvarig ${ctx.partyName(m.responsiblePartyId)} (${m.responsibleFunction}), klar senast ${dateSv(m.dueDate)}${m.status ? `; uppföljd som ${measureStatusSv(m.status)}` : ''}`,
        { subjectId: m.measureId, after: m.dueDate },
      ),
    ),
    ...kept.flatMap((k) => measureChanges(ctx, k.before, k.after)),
    ...removed.map((m) =>
      inFocusArea(ctx, 'measureRemoved', `Åtgärden ${quoted(m.activity)} togs bort ur ${quoted(ctx.title)}`, { subjectId: m.measureId }),
    ),
  ];
};

const mappingChanges = (ctx: ChangeContext, before: CycleWork, after: CycleWork): PlanChange[] => {
  const changes: PlanChange[] = [];
  const problem = after.problemStatement;
  if (problem && !same(before.problemStatement, problem)) {
    const verb = before.problemStatement ? 'ändrades' : 'registrerades';
    changes.push(
      inFocusArea(
        ctx,
        'problemStatementChanged',
        `Problemformuleringen för ${quoted(ctx.title)} ${verb}: ${problem.what} (${problem.where}; ${problem.when})`,
      ),
    );
  }
  const sources = matchById(before.sources, after.sources, (s) => s.sourceId);
  changes.push(
    ...sources.added.map((s) => inFocusArea(ctx, 'sourceAdded', `Källan ${quoted(s.title)} lades till i ${quoted(ctx.title)}`, { subjectId: s.sourceId })),
    ...sources.removed.map((s) =>
      inFocusArea(ctx, 'sourceRemoved', `Källan ${quoted(s.title)} togs bort ur ${quoted(ctx.title)}`, { subjectId: s.sourceId }),
    ),
  );
  const causes = matchById(before.causes, after.causes, (c) => c.causeId);
  changes.push(
    ...causes.added.map((c) =>
      inFocusArea(ctx, 'causeAdded', `Orsaken ${quoted(c.description)} identifierades i ${quoted(ctx.title)}`, { subjectId: c.causeId }),
    ),
    ...causes.removed.map((c) =>
      inFocusArea(ctx, 'causeRemoved', `Orsaken ${quoted(c.description)} togs bort ur ${quoted(ctx.title)}`, { subjectId: c.causeId }),
    ),
  );
  return changes;
};

const evaluationChanges = (ctx: ChangeContext, before: CycleWork, after: CycleWork): PlanChange[] => {
  const changes: PlanChange[] = [];
  const assessment = after.childImpactAssessment;
  if (assessment && !same(before.childImpactAssessment, assessment)) {
    changes.push(
      inFocusArea(ctx, 'childImpactAssessmentRecorded', `Barnkonsekvensanalysen för ${quoted(ctx.title)} registrerades: ${assessment.conclusion}`),
    );
  }
  const outcomes = matchById(before.outcomes, after.outcomes, (o) => o.goalId);
  const recorded = [...outcomes.added, ...outcomes.kept.filter((k) => !same(k.before, k.after)).map((k) => k.after)];
  for (const outcome of recorded) {
    const goal = after.goals.find((g) => g.goalId === outcome.goalId);
    const target = goal?.target !== undefined ? ` (målvärde ${goal.target})` : '';
    const description = `Utfallet för målet ${quoted(goal?.description ?? outcome.goalId)} i ${quoted(ctx.title)} registrerades: uppmätt värde ${outcome.effect.measuredValue}${target}`;
    changes.push(inFocusArea(ctx, 'goalOutcomeRecorded', description, { subjectId: outcome.goalId, after: String(outcome.effect.measuredValue) }));
  }
  if (after.conclusion !== null && after.conclusion !== before.conclusion) {
    changes.push(inFocusArea(ctx, 'conclusionRecorded', `Slutsatsen av utvärderingen av ${quoted(ctx.title)} registrerades: ${after.conclusion}`));
  }
  return changes;
};

/** What the work of one cycle gained, lost or changed, in the order of the steps. */
export const workChanges = (ctx: ChangeContext, before: CycleWork, after: CycleWork): PlanChange[] => [
  ...mappingChanges(ctx, before, after),
  ...goalChanges(ctx, before, after),
  ...measuresChanges(ctx, before, after),
  ...evaluationChanges(ctx, before, after),
];
