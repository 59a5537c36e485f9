import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { Inject } from '@nestjs/common';
import { auditHistoryProjection, READ_MODEL_STORE, type AuditRow, type ReadModelStore } from '@samverkan/read-models';
import { toUtcInstant } from '@samverkan/shared-kernel';
import { AccountsService } from '../../../identity/accounts.service.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { GetAuditHistoryQuery, type AuditPage } from './get-audit-history.query.js';
import { ReadableAuditRows } from './readable-audit-rows.js';

/**
 * Who decided what, when, on whose behalf and on which grounds: one readable row per event, with
 * names where the events have ids.
 */
@QueryHandler(GetAuditHistoryQuery)
export class GetAuditHistoryHandler implements IQueryHandler<GetAuditHistoryQuery> {
  /** Keeps each agreement's name book between pages (see ReadableAuditRows). */
  private readonly readable: ReadableAuditRows;

  constructor(
    private readonly access: ReadAccess,
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    private readonly accounts: AccountsService,
  ) {
    this.readable = new ReadableAuditRows(store);
  }

  async execute({ agreementId, filter, page, pageSize, order, actor }: GetAuditHistoryQuery): Promise<AuditPage> {
    await this.access.agreement(agreementId, actor);
    const from = filter.from && toUtcInstant(filter.from, false);
    const to = filter.to && toUtcInstant(filter.to, true);
    const result = await this.store.find<AuditRow>(auditHistoryProjection.name, {
      agreementId,
      ...(filter.focusAreaId ? { focusAreaId: filter.focusAreaId } : {}),
      ...(filter.partyId ? { partyId: filter.partyId } : {}),
      ...(filter.kinds?.length ? { kinds: filter.kinds } : {}),
      ...(from ? { occurredFrom: from } : {}),
      ...(to ? { occurredTo: to } : {}),
      order,
      ...(pageSize ? { limit: pageSize, offset: (page - 1) * pageSize } : {}),
    });
    const rows = await this.readable.of(
      agreementId,
      result.items.map((i) => i.doc),
    );
    // Names are asked of the accounts now, never stored in the log: a removed account is named as removed.
    const items = await this.accounts.named(rows);
    return { agreementId, page, pageSize: pageSize ?? result.total, total: result.total, items };
  }
}
