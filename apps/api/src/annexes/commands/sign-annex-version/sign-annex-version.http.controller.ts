import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AnnexCommandOutcomeDto } from '../../annex-command-outcome.dto.js';
import { ParseVersionPipe } from '../../version.pipe.js';
import { SignAnnexVersionCommand } from './sign-annex-version.command.js';
import { SignAnnexVersionRequestDto } from './sign-annex-version.request.dto.js';

@ApiTags('annexes')
@Controller('agreements/:agreementId/annexes/:annexId/versions/:version/signatures')
export class SignAnnexVersionController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @HttpCode(200)
  @ApiOperation({
    summary: "Sign a decided version for your party (council representatives and substitutes); the last bound party's signature makes it valid",
  })
  @ApiOkResponse({ type: AnnexCommandOutcomeDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  sign(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Param('annexId', ParseIdPipe) annexId: string,
    @Param('version', ParseVersionPipe) version: number,
    @Body() body: SignAnnexVersionRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AnnexCommandOutcomeDto> {
    return this.commandBus.execute(new SignAnnexVersionCommand(agreementId, annexId, version, body, request));
  }
}
