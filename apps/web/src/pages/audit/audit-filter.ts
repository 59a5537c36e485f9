/** The filters of the audit history, as the API names them. */
export interface AuditFilter {
  readonly focusAreaId?: string;
  readonly partyId?: string;
  readonly kinds: readonly string[];
  readonly from?: string;
  readonly to?: string;
}
