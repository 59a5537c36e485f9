import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AnnexCommandOutcomeDto } from '../../annex-command-outcome.dto.js';
import { ParseVersionPipe } from '../../version.pipe.js';
import { DecideAnnexVersionCommand } from './decide-annex-version.command.js';
import { DecideAnnexVersionRequestDto } from './decide-annex-version.request.dto.js';

@ApiTags('annexes')
@Controller('agreements/:agreementId/annexes/:annexId/versions/:version/decision')
export class DecideAnnexVersionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({ summary: "Record the council's decision of a version (coordinators); a decided version never changes" })
  @ApiOkResponse({ type: AnnexCommandOutcomeDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  decide(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Param('annexId', ParseIdPipe) annexId: string,
    @Param('version', ParseVersionPipe) version: number,
    @Body() body: DecideAnnexVersionRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AnnexCommandOutcomeDto> {
    return this.commandBus.execute(new DecideAnnexVersionCommand(agreementId, annexId, version, body, request));
  }
}
