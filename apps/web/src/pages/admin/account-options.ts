import type { AgreementDetail } from '../../api/schema';

/**
 * The accounts the "Konto" field suggests. The one place they come from: until the API lists
 * accounts (GET /accounts, issue 11's account administration), the accounts that already hold a
 * role in the agreement shown. Any other account is typed in; the API refuses one that does not
 * exist (AccountMustExist), at the field.
 */
export const accountOptions = (detail: AgreementDetail | undefined): string[] =>
  [...new Set((detail?.roles ?? []).map((r) => r.userId))].sort((a, b) => a.localeCompare(b, 'sv'));
