import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { ChangeFocusAreaScopeCommand } from './change-focus-area-scope.command.js';
import { ChangeFocusAreaScopeRequestDto } from './change-focus-area-scope.request.dto.js';

@ApiTags('focus-areas')
@Controller('focus-areas/:focusAreaId/scope')
export class ChangeFocusAreaScopeController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOperation({ summary: 'Say again whether the focus area concerns children and young people, with a reason (coordinators)' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  change(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: ChangeFocusAreaScopeRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new ChangeFocusAreaScopeCommand(focusAreaId, body, request));
  }
}
