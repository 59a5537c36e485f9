import { assignRole, type AssignRole } from './commands/assign-role.js';
import { approveAmendment, rejectAmendment, type ApproveAmendment, type RejectAmendment } from './commands/decide-amendment.js';
import { removeOverallGoal, setOverallGoal, type RemoveOverallGoal, type SetOverallGoal } from './commands/overall-goals.js';
import { proposeAmendment, type ProposeAmendment } from './commands/propose-amendment.js';
import { recordObligationFulfilment, type RecordObligationFulfilment } from './commands/record-obligation-fulfilment.js';
import { publishPublicPage, withdrawPublicPage, type PublishPublicPage, type WithdrawPublicPage } from './commands/public-page.js';
import { registerAgreement, type RegisterAgreement } from './commands/register-agreement.js';
import { revokeRole, type RevokeRole } from './commands/revoke-role.js';
import type { AgreementEvent } from './events.js';
import { evolveAgreement, initialAgreementState, type AgreementState } from './state.js';

export type AgreementCommand =
  | RegisterAgreement
  | AssignRole
  | RevokeRole
  | RecordObligationFulfilment
  | ProposeAmendment
  | ApproveAmendment
  | RejectAmendment
  | SetOverallGoal
  | RemoveOverallGoal
  | PublishPublicPage
  | WithdrawPublicPage;

/**
 * Pure: the caller reads the stream, folds it, decides, and appends the events with the expected
 * revision; who and when go into the event metadata from the command context. Authorisation
 * (may this user register agreements or assign roles?) is the handler's, before it calls this.
 * Throws `BusinessRuleBrokenError` when a rule refuses.
 */
export const decideAgreement = (command: AgreementCommand, state: AgreementState): AgreementEvent[] => {
  switch (command.type) {
    case 'RegisterAgreement':
      return registerAgreement(command, state);
    case 'AssignRole':
      return assignRole(command, state);
    case 'RevokeRole':
      return revokeRole(command, state);
    case 'RecordObligationFulfilment':
      return recordObligationFulfilment(command, state);
    case 'ProposeAmendment':
      return proposeAmendment(command, state);
    case 'ApproveAmendment':
      return approveAmendment(command, state);
    case 'RejectAmendment':
      return rejectAmendment(command, state);
    case 'SetOverallGoal':
      return setOverallGoal(command, state);
    case 'RemoveOverallGoal':
      return removeOverallGoal(command, state);
    case 'PublishPublicPage':
      return publishPublicPage(command, state);
    case 'WithdrawPublicPage':
      return withdrawPublicPage(command, state);
    default: {
      const _exhaustive: never = command;
      throw new Error(`Unknown agreement command: ${JSON.stringify(_exhaustive)}`);
    }
  }
};

/** The decider as one value, in Emmett's shape, for handlers and specs. */
export const agreementDecider = {
  decide: decideAgreement,
  evolve: evolveAgreement,
  initialState: initialAgreementState,
} as const;
