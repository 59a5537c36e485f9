import { Body, Controller, Param, Put } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { Ctx, type RequestContext } from '../../../common/request-context.js';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';
import { RecordChildImpactAssessmentCommand } from './record-child-impact-assessment.command.js';
import { RecordChildImpactAssessmentRequestDto } from './record-child-impact-assessment.request.dto.js';

@ApiTags('measures')
@Controller('focus-areas/:focusAreaId/child-impact-assessment')
export class RecordChildImpactAssessmentController {
  constructor(private readonly commandBus: CommandBus) {}

  @Put()
  @ApiOperation({ summary: 'Record (or revise) the child impact assessment, required before measures are decided' })
  @ApiOkResponse({ type: CommandOutcomeDto })
  @ApiProblems()
  record(
    @Param('focusAreaId', ParseIdPipe) focusAreaId: string,
    @Body() body: RecordChildImpactAssessmentRequestDto,
    @Ctx() request: RequestContext,
  ): Promise<CommandOutcomeDto> {
    return this.commandBus.execute(new RecordChildImpactAssessmentCommand(focusAreaId, body, request));
  }
}
