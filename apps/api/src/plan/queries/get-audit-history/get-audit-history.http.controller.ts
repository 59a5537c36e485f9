import { Controller, Get, Param, Query, Res } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags, getSchemaPath } from '@nestjs/swagger';
import type { Response } from 'express';
import { auditExportFileName, auditRowsToCsv } from '@samverkan/read-models';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadModelConsistency } from '../../../read-models/consistency.js';
import { GetAuditHistoryQuery, type AuditFilter, type AuditPage } from './get-audit-history.query.js';
import { AuditFilterDto, ExportAuditHistoryRequestDto, GetAuditHistoryRequestDto } from './get-audit-history.request.dto.js';
import { AuditPageView, AuditRowView } from './get-audit-history.response.js';

const filterOf = (q: AuditFilterDto): AuditFilter => ({
  ...(q.focusAreaId ? { focusAreaId: q.focusAreaId } : {}),
  ...(q.partyId ? { partyId: q.partyId } : {}),
  ...(q.kind ? { kinds: q.kind } : {}),
  ...(q.from ? { from: q.from } : {}),
  ...(q.to ? { to: q.to } : {}),
});

@ApiTags('audit')
@Controller('agreements/:agreementId/audit')
export class GetAuditHistoryController {
  constructor(
    private readonly queryBus: QueryBus,
    private readonly consistency: ReadModelConsistency,
  ) {}

  @Get()
  @ApiOperation({ summary: 'Audit history: one readable row per event (who, role, on behalf of, meeting, grounds), filtered and paged' })
  @ApiOkResponse({ type: AuditPageView, description: 'One page of rows and the total count' })
  @ApiProblems(400, 401, 404, 503)
  async page(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: GetAuditHistoryRequestDto,
    @CurrentActor() actor: Actor,
  ): Promise<AuditPage> {
    await this.consistency.atLeast(query.minPosition);
    const q = new GetAuditHistoryQuery(agreementId, filterOf(query), query.page ?? 1, query.pageSize ?? 50, query.order ?? 'asc', actor);
    return this.queryBus.execute(q);
  }

  @Get('export')
  @ApiOperation({
    summary: 'The whole filtered audit history as a file: CSV for Excel (UTF-8 with BOM, semicolons) or JSON',
    description:
      'Rows in the order asked for (the order the screen shows), event names in Swedish and times in Swedish local time (Europe/Stockholm) in the CSV; the file name says the filter.',
  })
  @ApiProduces('text/csv', 'application/json')
  @ApiOkResponse({
    description: 'The rows as a file',
    content: {
      'text/csv': { schema: { type: 'string' } },
      'application/json': { schema: { type: 'array', items: { $ref: getSchemaPath(AuditRowView) } } },
    },
  })
  @ApiProblems(400, 401, 404, 503)
  async export(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Query() query: ExportAuditHistoryRequestDto,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) res: Response,
  ): Promise<string> {
    await this.consistency.atLeast(query.minPosition);
    const filter = filterOf(query);
    const { items } = await this.queryBus.execute(new GetAuditHistoryQuery(agreementId, filter, 1, undefined, query.order ?? 'asc', actor));
    const format = query.format ?? 'csv';
    res.setHeader('Content-Disposition', `attachment; filename="${auditExportFileName(agreementId, filter, format)}"`);
    res.type(format === 'csv' ? 'text/csv; charset=utf-8' : 'application/json; charset=utf-8');
    return format === 'csv' ? auditRowsToCsv(items) : JSON.stringify(items, null, 2);
  }
}
