import { Body, Controller, Param, Post, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { SetOverallGoalCommand } from './set-overall-goal.command.js';
import { SetOverallGoalRequestDto } from './set-overall-goal.request.dto.js';
import { SetOverallGoalResponseDto } from './set-overall-goal.response.dto.js';

@ApiTags('agreements')
@Controller('agreements/:agreementId/overall-goals')
export class SetOverallGoalController {
  constructor(private readonly commandBus: CommandBus) {}

  @Post()
  @ApiOperation({ summary: "State an overall goal of the agreement (coordinators); the focus areas' goals may contribute to it" })
  @ApiCreatedResponse({ type: SetOverallGoalResponseDto, description: 'Stated; the ETag is the agreement stream revision' })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  set(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Body() body: SetOverallGoalRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<SetOverallGoalResponseDto> {
    return this.commandBus.execute(new SetOverallGoalCommand(agreementId, undefined, body.description, request));
  }

  @Put(':overallGoalId')
  @ApiOperation({ summary: 'Revise the wording of an overall goal (coordinators)' })
  @ApiOkResponse({ type: SetOverallGoalResponseDto })
  @ApiProblems(400, 401, 403, 404, 409, 412, 422)
  revise(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Param('overallGoalId', ParseIdPipe) overallGoalId: string,
    @Body() body: SetOverallGoalRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<SetOverallGoalResponseDto> {
    return this.commandBus.execute(new SetOverallGoalCommand(agreementId, overallGoalId, body.description, request));
  }
}
