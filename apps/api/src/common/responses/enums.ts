import { AGREEMENT_ROLES, AMENDMENT_CHANGE_KINDS, DECISION_RULES, OBLIGATION_KINDS, PARTY_KINDS } from '@samverkan/agreements';
import { CHILD_IMPACT_ASSESSMENT_POLICIES, STEPS, TRANSITION_KINDS } from '@samverkan/cycle';
import { CAUSE_FACTORS, MEASURE_KINDS, MEASURE_STATUSES, SOURCE_KINDS } from '../../focus-areas/dto-constants.js';

/**
 * The enums every response shares, each a named schema in the OpenAPI document (`enumName`), so
 * the web's generated types say `Step` once. The values come from the domain libs, in their
 * order: `Step` lists the steps as the machine runs them.
 */
export const STEP = { enum: [...STEPS], enumName: 'Step' } as const;
export const TRANSITION_KIND = { enum: [...TRANSITION_KINDS], enumName: 'TransitionKind' } as const;
export const SOURCE_KIND = { enum: [...SOURCE_KINDS], enumName: 'SourceKind' } as const;
export const CAUSE_FACTOR = { enum: [...CAUSE_FACTORS], enumName: 'CauseFactor' } as const;
export const MEASURE_KIND = { enum: [...MEASURE_KINDS], enumName: 'MeasureKind' } as const;
export const MEASURE_STATUS = { enum: [...MEASURE_STATUSES], enumName: 'MeasureStatus' } as const;
/** On the board a measure nobody has followed up yet says so. */
export const MEASURE_BOARD_STATUS = { enum: [...MEASURE_STATUSES, 'notFollowedUp'], enumName: 'MeasureBoardStatus' } as const;
export const AGREEMENT_ROLE = { enum: [...AGREEMENT_ROLES], enumName: 'AgreementRole' } as const;
export const ACTOR_ROLE = { enum: ['administrator', ...AGREEMENT_ROLES], enumName: 'ActorRole' } as const;
export const PARTY_KIND = { enum: [...PARTY_KINDS], enumName: 'PartyKind' } as const;
export const OBLIGATION_KIND = { enum: [...OBLIGATION_KINDS], enumName: 'ObligationKind' } as const;
export const AMENDMENT_CHANGE_KIND = { enum: [...AMENDMENT_CHANGE_KINDS], enumName: 'AmendmentChangeKind' } as const;
export const AMENDMENT_STATUS = { enum: ['pending', 'rejected', 'decided'], enumName: 'AmendmentStatus' } as const;
export const DECISION_RULE = { enum: [...DECISION_RULES], enumName: 'DecisionRule' } as const;
export const CHILD_IMPACT_ASSESSMENT_POLICY = { enum: [...CHILD_IMPACT_ASSESSMENT_POLICIES], enumName: 'ChildImpactAssessmentPolicy' } as const;
