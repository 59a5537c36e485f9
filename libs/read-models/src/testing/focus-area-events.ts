import { focusAreaEvent, type FocusAreaEvent, type FocusAreaEventOf, type Meeting, type Step, type TransitionKind } from '@samverkan/cycle';
import { AGREEMENT_ID, MUNICIPALITY, POLICE } from './lomma.js';
import { focusAreaStreamId } from '@samverkan/shared-kernel';

export const FOCUS_AREA_ID = 'lomma-centrum-kvallstid';
export const focusAreaStream = (focusAreaId = FOCUS_AREA_ID): string => focusAreaStreamId(focusAreaId);

export const COUNCIL_MEETING: Meeting = { name: 'Trygghetsrådets styrgrupp, möte 2', date: '2024-03-14' };

type DataOf<T extends FocusAreaEvent['type']> = FocusAreaEventOf<T>['data'];

/** Focus-area events with realistic Lomma data; every builder takes overrides. */
export const fa = {
  proposed: (over: Partial<DataOf<'FocusAreaProposed'>> = {}) =>
    focusAreaEvent('FocusAreaProposed', {
      focusAreaId: FOCUS_AREA_ID,
      agreementId: AGREEMENT_ID,
      title: 'Otrygghet vid Lomma centrum kvällstid',
      description: 'Ungdomar samlas vid stationen och skadegörelsen ökar på kvällarna.',
      childrenAndYoungPeople: true,
      ...over,
    }),
  problemStatement: () =>
    focusAreaEvent('ProblemStatementRecorded', {
      what: 'Skadegörelse och ordningsstörningar',
      where: 'Lomma centrum, stationsområdet',
      when: 'Fredag och lördag kväll, 20–24',
      howOften: 'Varje helg under terminerna',
    }),
  source: (sourceId = 'src-1') => focusAreaEvent('SourceAdded', { sourceId, kind: 'safetySurvey', title: 'Trygghetsmätningen 2023' }),
  sourceRemoved: (sourceId = 'src-1') => focusAreaEvent('SourceRemoved', { sourceId }),
  cause: (causeId = 'cause-1') => focusAreaEvent('CauseIdentified', { causeId, description: 'Få vuxna på plats kvällstid', factor: 'place' }),
  causeRemoved: (causeId = 'cause-1') => focusAreaEvent('CauseRemoved', { causeId }),
  goal: (goalId = 'goal-1') =>
    focusAreaEvent('GoalSet', {
      goalId,
      description: 'Minskad otrygghet i centrum',
      indicator: 'Problemindex i trygghetsmätningen',
      baseline: 1.9,
      target: 1.5,
      targetDate: '2025-12-31',
      followUpMethod: 'Trygghetsmätningen',
    }),
  goalRemoved: (goalId = 'goal-1') => focusAreaEvent('GoalRemoved', { goalId }),
  measure: (over: Partial<DataOf<'MeasurePlanned'>> = {}) =>
    focusAreaEvent('MeasurePlanned', {
      measureId: 'measure-1',
      causeId: 'cause-1',
      goalId: 'goal-1',
      activity: 'Nattvandring med föräldrar',
      operationalGoal: 'Vuxna på plats varje fredag',
      dueDate: '2024-06-30',
      responsiblePartyId: MUNICIPALITY,
      responsibleFunction: 'Brottsförebyggande samordnare',
      followUpMethod: 'Närvarolistor per termin',
      kind: 'oneOff',
      ...over,
    }),
  measureRemoved: (measureId = 'measure-1') => focusAreaEvent('MeasureRemoved', { measureId }),
  measureStatus: (measureId: string, status: DataOf<'MeasureStatusUpdated'>['status'], comment?: string) =>
    focusAreaEvent('MeasureStatusUpdated', { measureId, status, ...(comment !== undefined ? { comment } : {}) }),
  childImpact: () =>
    focusAreaEvent('ChildImpactAssessmentRecorded', {
      summary: 'Åtgärden riktar sig till platser där unga vistas.',
      conclusion: 'Positiv för barn; ingen begränsning av ungas rörelsefrihet.',
    }),
  outcome: (goalId = 'goal-1') =>
    focusAreaEvent('GoalOutcomeRecorded', {
      goalId,
      production: 'Nattvandring genomfördes 30 av 34 helger.',
      process: 'Svårt att rekrytera föräldrar under höstlovet.',
      effect: { measuredValue: 1.6, comment: 'Nära målet.' },
    }),
  conclusion: () => focusAreaEvent('EvaluationConcluded', { conclusion: 'Målet nästan nått; fortsätt ett år till.' }),
  propose: (proposalId: string, transition: TransitionKind, from: Step, to: Step, meeting?: Meeting) =>
    focusAreaEvent('TransitionProposed', {
      proposalId,
      transition,
      from,
      to,
      grounds: `Underlaget för ${to} är klart; "${proposalId}" läggs fram för rådet.`,
      ...(meeting ? { meeting } : {}),
    }),
  approve: (proposalId: string, partyId: string) => focusAreaEvent('TransitionApproved', { proposalId, partyId }),
  reject: (proposalId: string, partyId: string, reason = 'Källorna räcker inte; komplettera med EST-data.') =>
    focusAreaEvent('TransitionRejected', { proposalId, partyId, reason }),
  voided: (proposalId: string, reason = 'Fokusområdet gick tillbaka innan rådet beslutade.') => focusAreaEvent('ProposalVoided', { proposalId, reason }),
  prioritised: (proposalId?: string) => focusAreaEvent('FocusAreaPrioritised', proposalId ? { proposalId } : { grounds: 'Prioriterat direkt' }),
  advanced: (from: DataOf<'StepAdvanced'>['from'], to: DataOf<'StepAdvanced'>['to'], proposalId?: string) =>
    focusAreaEvent('StepAdvanced', { from, to, ...(proposalId ? { proposalId } : { grounds: 'Enligt samordnarens bedömning' }) }),
  steppedBack: (from: DataOf<'SteppedBack'>['from'], to: DataOf<'SteppedBack'>['to'], reason = 'Ny trygghetsmätning visar ett annat mönster.') =>
    focusAreaEvent('SteppedBack', { from, to, reason }),
  closed: (proposalId?: string) => focusAreaEvent('FocusAreaClosed', proposalId ? { proposalId } : {}),
  newCycle: (cycle: number, proposalId?: string) => focusAreaEvent('NewCycleStarted', { cycle, ...(proposalId ? { proposalId } : {}) }),
  withdrawn: (reason = 'Problemet hanteras inom ordinarie verksamhet.') => focusAreaEvent('FocusAreaWithdrawn', { reason }),
};

/** The step change that carries out a decided proposal. */
export const moveFor = (proposalId: string, transition: TransitionKind, from: Step, to: Step, cycle = 1): FocusAreaEvent => {
  switch (transition) {
    case 'prioritise':
      return fa.prioritised(proposalId);
    case 'advance':
      return fa.advanced(from as never, to as never, proposalId);
    case 'stepBack':
      return focusAreaEvent('SteppedBack', { from: from as never, to: to as never, reason: 'Beslut i rådet', proposalId });
    case 'close':
      return fa.closed(proposalId);
    case 'newCycle':
      return fa.newCycle(cycle + 1, proposalId);
  }
};

export { MUNICIPALITY, POLICE };
