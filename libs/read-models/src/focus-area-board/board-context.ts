import {
  DEFAULT_DECISION_POLICY,
  initialContext,
  type AgreementFacts,
  type FocusAreaContext,
  type FocusAreaState,
  type PendingProposal,
  type Withdrawal,
} from '@samverkan/cycle';
import type { BoardProposal, BoardWithdrawal, FocusAreaBoardDoc } from './focus-area-board.doc.js';

/**
 * The cycle lib's evolve records what each event says and never reads the agreement facts
 * (only the decider does, when a command is decided). The board therefore lends it
 * these empty facts and drops them again: nothing in a board document comes from them.
 */
const NO_FACTS: AgreementFacts = {
  agreementId: '',
  partyIds: [],
  period: { from: '', to: '' },
  policy: DEFAULT_DECISION_POLICY,
};

export const emptyContext = (): FocusAreaContext => initialContext(NO_FACTS);

/** The proposal as the machine keeps it: without the board's when and by whom. */
const machineProposal = (proposal: BoardProposal | null): PendingProposal | null => {
  if (!proposal) return null;
  const { proposedAt: _at, proposedBy: _by, approvals: _approvals, ...pending } = proposal;
  return pending;
};

const withdrawalOf = ({ withdrawnAt: _at, withdrawnBy: _by, ...withdrawal }: BoardWithdrawal): Withdrawal => withdrawal;

/** The machine context a board document stands for, so the cycle lib's evolve can run on it. */
export const contextOf = (doc: FocusAreaBoardDoc): FocusAreaContext => ({
  facts: NO_FACTS,
  focusAreaId: doc.focusAreaId,
  agreementId: doc.agreementId,
  title: doc.title,
  description: doc.description,
  childrenAndYoungPeople: doc.childrenAndYoungPeople,
  cycle: doc.cycle,
  work: doc.work,
  pendingProposal: machineProposal(doc.pendingProposal),
  lastRejection: doc.lastRejection,
  lastWithdrawal: doc.lastWithdrawal && withdrawalOf(doc.lastWithdrawal),
  proposalIds: doc.proposalIds,
  previousCycles: doc.previousCycles,
  stepEnteredAt: doc.stepEnteredAt,
  ...(doc.withdrawalReason !== null ? { withdrawalReason: doc.withdrawalReason } : {}),
});

/**
 * The focus area a board document stands for, under the agreement's facts: what the cycle lib's
 * view and `possibleCommands` read, so a query answers from the read model, never from the stream.
 */
export const focusAreaStateOf = (doc: FocusAreaBoardDoc, facts: AgreementFacts): FocusAreaState => ({
  step: doc.step,
  context: { ...contextOf(doc), facts },
});
