import { rule, type BusinessRule } from '@samverkan/shared-kernel';
import type { AgreementState } from '../state.js';

/** Long enough for "Sidan ses över inför den nya överenskommelsen"; a reason, not a report. */
export const PUBLIC_PAGE_WITHDRAWAL_REASON_MAX_LENGTH = 500;

const isPublished = (state: AgreementState): boolean => state.status === 'registered' && state.publicPage === 'published';

/** Publishing twice would tell the auditors of a second decision that changed nothing. */
export const publicPageIsNotPublished = (state: AgreementState): BusinessRule =>
  rule('PublicPageIsNotPublished', 'Överenskommelsens offentliga sida är redan publicerad.', () => isPublished(state));

export const publicPageIsPublished = (state: AgreementState): BusinessRule =>
  rule(
    'PublicPageIsPublished',
    'Överenskommelsen har ingen publicerad offentlig sida att ta bort.',
    () => state.status === 'registered' && !isPublished(state),
  );

/** The residents lose a page they may have relied on: the auditors read why. */
export const withdrawalReasonIsGiven = (reason: string): BusinessRule =>
  rule('WithdrawalReasonIsGiven', 'Ange varför den offentliga sidan tas bort.', () => reason.trim() === '', 'reason');

export const withdrawalReasonIsShort = (reason: string): BusinessRule =>
  rule(
    'WithdrawalReasonIsShort',
    `Skälet får vara högst ${PUBLIC_PAGE_WITHDRAWAL_REASON_MAX_LENGTH} tecken.`,
    () => reason.length > PUBLIC_PAGE_WITHDRAWAL_REASON_MAX_LENGTH,
    'reason',
  );
