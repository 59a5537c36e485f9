import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AnnexVersionOutcomeDto } from '../../annex-command-outcome.dto.js';
import { DraftAnnexVersionCommand } from './draft-annex-version.command.js';
import { DraftAnnexVersionRequestDto } from './draft-annex-version.request.dto.js';

@ApiTags('annexes')
@Controller('agreements/:agreementId/annexes/:annexId/versions')
export class DraftAnnexVersionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Draft a new version of the annex (coordinators); a newer draft replaces an undecided one' })
  @ApiCreatedResponse({ type: AnnexVersionOutcomeDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  draft(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Param('annexId', ParseIdPipe) annexId: string,
    @Body() body: DraftAnnexVersionRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AnnexVersionOutcomeDto> {
    return this.commandBus.execute(new DraftAnnexVersionCommand(agreementId, annexId, body, request));
  }
}
