import type { AgreementEventType } from '@samverkan/agreements';
import { focusAreaEvent, type FocusAreaEventType } from '@samverkan/cycle';
import type { DomainEvent } from '@samverkan/shared-kernel';
import { COUNCIL_MEETING, fa } from './focus-area-events.js';
import { AGREEMENT_ID, lommaRegistration, MUNICIPALITY, POLICE } from './lomma.js';

/**
 * One event of every type the domain has. Typed as a complete record, so a new event type does
 * not compile until it has a sample here, and with it a spec that its audit row reads well.
 */
export const EVERY_FOCUS_AREA_EVENT: Readonly<Record<FocusAreaEventType, DomainEvent>> = {
  FocusAreaProposed: fa.proposed(),
  ProblemStatementRecorded: fa.problemStatement(),
  SourceAdded: fa.source(),
  SourceRemoved: fa.sourceRemoved(),
  CauseIdentified: fa.cause(),
  CauseRemoved: fa.causeRemoved(),
  GoalSet: fa.goal(),
  GoalRemoved: fa.goalRemoved(),
  GoalBaselineMeasured: focusAreaEvent('GoalBaselineMeasured', { goalId: 'goal-1', baseline: 1.9 }),
  MeasurePlanned: fa.measure(),
  MeasureRemoved: fa.measureRemoved(),
  MeasureStatusUpdated: fa.measureStatus('measure-1', 'yellow', 'Svårt att rekrytera föräldrar'),
  ChildImpactAssessmentRecorded: fa.childImpact(),
  GoalOutcomeRecorded: fa.outcome(),
  EvaluationConcluded: fa.conclusion(),
  TransitionProposed: fa.propose('p-analysis', 'advance', 'mapping', 'analysis', COUNCIL_MEETING),
  TransitionApproved: fa.approve('p-analysis', POLICE),
  TransitionRejected: fa.reject('p-analysis', MUNICIPALITY),
  ProposalVoided: fa.voided('p-analysis'),
  FocusAreaPrioritised: fa.prioritised('p-prioritise'),
  StepAdvanced: fa.advanced('mapping', 'analysis', 'p-analysis'),
  SteppedBack: fa.steppedBack('measures', 'analysis'),
  FocusAreaClosed: fa.closed('p-close'),
  NewCycleStarted: fa.newCycle(2, 'p-cycle-2'),
  FocusAreaWithdrawn: fa.withdrawn(),
  FocusAreaScopeChanged: focusAreaEvent('FocusAreaScopeChanged', { childrenAndYoungPeople: false, reason: 'Gäller främst vuxna i nattlivet.' }),
  IndicatorMeasured: focusAreaEvent('IndicatorMeasured', { goalId: 'goal-1', measurementId: 'm-1', measuredOn: '2025-06-30', value: 2.1 }),
  IndicatorMeasurementRemoved: focusAreaEvent('IndicatorMeasurementRemoved', { goalId: 'goal-1', measurementId: 'm-1' }),
  WorkCarriedForward: focusAreaEvent('WorkCarriedForward', {
    fromCycle: 1,
    sourceIds: ['source-1'],
    causeIds: ['cause-1'],
    goalIds: ['goal-1'],
    measureIds: ['measure-1'],
  }),
};

export const EVERY_AGREEMENT_EVENT: Readonly<Record<AgreementEventType, DomainEvent>> = {
  AgreementRegistered: { type: 'AgreementRegistered', schemaVersion: 1, data: lommaRegistration },
  RoleAssigned: {
    type: 'RoleAssigned',
    schemaVersion: 1,
    data: { agreementId: AGREEMENT_ID, userId: 'lomma.rad.polis', role: 'councilRepresentative', partyId: POLICE, function: 'Lokalpolisområdeschef' },
  },
  RoleRevoked: {
    type: 'RoleRevoked',
    schemaVersion: 1,
    data: { agreementId: AGREEMENT_ID, userId: 'lomma.rad.polis', role: 'councilRepresentative', partyId: POLICE },
  },
  ObligationFulfilled: {
    type: 'ObligationFulfilled',
    schemaVersion: 1,
    data: { agreementId: AGREEMENT_ID, obligationKind: 'councilMeetings', fulfilledOn: '2024-03-14', note: 'Möte 1 av 4' },
  },
  AmendmentProposed: {
    type: 'AmendmentProposed',
    schemaVersion: 1,
    data: {
      agreementId: AGREEMENT_ID,
      amendmentId: 'amendment-1',
      proposedOn: '2025-04-01',
      effectiveFrom: '2025-06-01',
      grounds: 'Räddningstjänsten ansluter',
      changes: [
        {
          kind: 'addParty',
          party: { partyId: 'raddningstjansten', name: 'Räddningstjänsten Syd', kind: 'other' },
          signatory: { function: 'Räddningschef', signedOn: '2025-05-20' },
        },
      ],
    },
  },
  AmendmentApproved: { type: 'AmendmentApproved', schemaVersion: 1, data: { agreementId: AGREEMENT_ID, amendmentId: 'amendment-1', partyId: POLICE } },
  AmendmentRejected: {
    type: 'AmendmentRejected',
    schemaVersion: 1,
    data: { agreementId: AGREEMENT_ID, amendmentId: 'amendment-1', partyId: MUNICIPALITY, reason: 'Kostnadsfördelningen saknas' },
  },
  AgreementAmended: {
    type: 'AgreementAmended',
    schemaVersion: 1,
    data: {
      agreementId: AGREEMENT_ID,
      amendmentId: 'amendment-1',
      effectiveFrom: '2025-06-01',
      changes: [{ kind: 'removeParty', partyId: 'raddningstjansten' }],
    },
  },
  OverallGoalSet: {
    type: 'OverallGoalSet',
    schemaVersion: 1,
    data: { agreementId: AGREEMENT_ID, overallGoalId: 'og-trygghet', description: 'Ökad trygghet i kommunens centrala delar' },
  },
  OverallGoalRemoved: { type: 'OverallGoalRemoved', schemaVersion: 1, data: { agreementId: AGREEMENT_ID, overallGoalId: 'og-trygghet' } },
  PublicPagePublished: { type: 'PublicPagePublished', schemaVersion: 1, data: { agreementId: AGREEMENT_ID } },
  PublicPageWithdrawn: {
    type: 'PublicPageWithdrawn',
    schemaVersion: 1,
    data: { agreementId: AGREEMENT_ID, reason: 'Sidan ses över inför nästa överenskommelse' },
  },
};
