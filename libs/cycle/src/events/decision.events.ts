import type { DomainEvent, ProtocolReference } from '@samverkan/shared-kernel';
import type { CycleStep, Step } from '../step-names.js';
import type { TransitionKind } from '../transition-kinds.js';

/**
 * Proposals, council decisions and step changes. Who decided, for which party and when is in
 * the event's metadata; the party a decision was taken for is also in the data, because the
 * consensus is counted from it.
 */
type V1<TType extends string, TData> = DomainEvent<TType, TData> & { readonly schemaVersion: 1 };

export interface Meeting {
  readonly name: string;
  /** 'YYYY-MM-DD' */
  readonly date: string;
}

export type TransitionProposed = V1<
  'TransitionProposed',
  {
    readonly proposalId: string;
    readonly transition: TransitionKind;
    readonly from: Step;
    readonly to: Step;
    readonly grounds: string;
    readonly meeting?: Meeting;
  }
>;
/** `protocol`: the meeting and paragraph (§) the decision was taken under, when it was taken at a meeting held in the app. */
export type TransitionApproved = V1<
  'TransitionApproved',
  { readonly proposalId: string; readonly partyId: string; readonly protocol?: ProtocolReference }
>;
/** A rejection ends the proposal and returns it to the coordinator. */
export type TransitionRejected = V1<
  'TransitionRejected',
  { readonly proposalId: string; readonly partyId: string; readonly reason: string; readonly protocol?: ProtocolReference }
>;
/** The focus area moved on (or was withdrawn) before the council decided: the proposal is void. */
export type ProposalVoided = V1<'ProposalVoided', { readonly proposalId: string; readonly reason: string }>;

/**
 * A step change names the proposal it carries out. Without one, the policy did not ask for a
 * decision, and the move itself keeps the coordinator's grounds (and meeting), so the audit trail
 * says why it was made.
 */
export interface DirectMove {
  readonly grounds?: string;
  readonly meeting?: Meeting;
}
export type FocusAreaPrioritised = V1<'FocusAreaPrioritised', { readonly proposalId?: string } & DirectMove>;
export type StepAdvanced = V1<'StepAdvanced', { readonly from: CycleStep; readonly to: CycleStep; readonly proposalId?: string } & DirectMove>;
export type SteppedBack = V1<'SteppedBack', { readonly from: CycleStep; readonly to: CycleStep; readonly reason: string; readonly proposalId?: string }>;
export type FocusAreaClosed = V1<'FocusAreaClosed', { readonly proposalId?: string } & DirectMove>;
/** The next year's work: a new cycle from mapping; `cycle` is the new cycle's number. */
export type NewCycleStarted = V1<'NewCycleStarted', { readonly cycle: number; readonly proposalId?: string } & DirectMove>;
export type FocusAreaWithdrawn = V1<'FocusAreaWithdrawn', { readonly reason: string }>;

export type DecisionEvent = TransitionProposed | TransitionApproved | TransitionRejected | ProposalVoided;

export type StepChangeEvent = FocusAreaPrioritised | StepAdvanced | SteppedBack | FocusAreaClosed | NewCycleStarted | FocusAreaWithdrawn;
