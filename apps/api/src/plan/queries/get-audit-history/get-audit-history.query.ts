import { Query } from '@nestjs/cqrs';
import type { ReadableAuditRow } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

export interface AuditFilter {
  readonly focusAreaId?: string;
  readonly partyId?: string;
  readonly kinds?: string[];
  readonly from?: string;
  readonly to?: string;
}

export interface AuditPage {
  readonly agreementId: string;
  readonly page: number;
  readonly pageSize: number;
  readonly total: number;
  readonly items: ReadableAuditRow[];
}

/** One page of the audit history; `pageSize` undefined means every matching row (an export). */
export class GetAuditHistoryQuery extends Query<AuditPage> {
  constructor(
    readonly agreementId: string,
    readonly filter: AuditFilter,
    readonly page: number,
    readonly pageSize: number | undefined,
    readonly order: 'asc' | 'desc',
    readonly actor: Actor,
  ) {
    super();
  }
}
