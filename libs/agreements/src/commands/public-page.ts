import { checkRules, noPersonalIdentityNumber } from '@samverkan/shared-kernel';
import type { PublicPagePublished, PublicPageWithdrawn } from '../events.js';
import { publicPageIsNotPublished, publicPageIsPublished, withdrawalReasonIsGiven, withdrawalReasonIsShort } from '../rules/public-page.rules.js';
import { agreementIsRegistered } from '../rules/role.rules.js';
import type { AgreementState } from '../state.js';

/**
 * The agreement's page for residents is opt-in: nothing of it is public until a coordinator
 * publishes it, and it can be taken down again. Its address is the agreement's id, which the
 * stream already keeps unique; what the page shows is decided by the read side, from what the
 * parties have decided.
 */
export interface PublishPublicPage {
  readonly type: 'PublishPublicPage';
  readonly data: { readonly agreementId: string };
}

export interface WithdrawPublicPage {
  readonly type: 'WithdrawPublicPage';
  readonly data: { readonly agreementId: string; readonly reason: string };
}

export const publishPublicPage = (command: PublishPublicPage, state: AgreementState): PublicPagePublished[] => {
  checkRules(agreementIsRegistered(state), publicPageIsNotPublished(state));
  return [{ type: 'PublicPagePublished', schemaVersion: 1, data: { agreementId: command.data.agreementId } }];
};

export const withdrawPublicPage = (command: WithdrawPublicPage, state: AgreementState): PublicPageWithdrawn[] => {
  const { agreementId, reason } = command.data;
  checkRules(
    agreementIsRegistered(state),
    publicPageIsPublished(state),
    withdrawalReasonIsGiven(reason),
    withdrawalReasonIsShort(reason),
    noPersonalIdentityNumber('reason', reason),
  );
  return [{ type: 'PublicPageWithdrawn', schemaVersion: 1, data: { agreementId, reason: reason.trim() } }];
};
