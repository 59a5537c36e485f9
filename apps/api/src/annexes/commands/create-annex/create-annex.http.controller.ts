import { Body, Controller, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { AnnexCommandOutcomeDto } from '../../annex-command-outcome.dto.js';
import { CreateAnnexCommand } from './create-annex.command.js';
import { CreateAnnexRequestDto } from './create-annex.request.dto.js';

@ApiTags('annexes')
@Controller('agreements/:agreementId/annexes')
export class CreateAnnexController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: 'Open an annex of the agreement: its situation picture, its action plan or a citizen promise (coordinators)' })
  @ApiCreatedResponse({ type: AnnexCommandOutcomeDto })
  @ApiProblems(400, 401, 403, 404, 409, 422)
  create(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: CreateAnnexRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<AnnexCommandOutcomeDto> {
    return this.commandBus.execute(new CreateAnnexCommand(agreementId, body, request));
  }
}
