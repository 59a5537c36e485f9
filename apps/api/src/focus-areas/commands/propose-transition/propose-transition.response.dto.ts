import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { CommandOutcomeDto } from '../../command-outcome.dto.js';

export class ProposeTransitionResponseDto extends CommandOutcomeDto {
  @ApiProperty({
    description: 'true: the proposal waits for the council; false: the policy asks no decision, so the step changed at once',
  })
  awaitingDecision!: boolean;

  @ApiPropertyOptional({ description: 'The pending proposal, when the council is to decide', format: 'uuid' }) proposalId?: string;
}
