import { ApiProperty } from '@nestjs/swagger';
import { IsBoolean } from 'class-validator';
import { TEXT_MAX, TITLE_MAX } from '../../dto-constants.js';
import { Text } from '../../dto-fields.js';

export class ProposeFocusAreaRequestDto {
  @ApiProperty({ example: 'Otrygghet vid stationen kvällstid', maxLength: TITLE_MAX })
  @Text(TITLE_MAX)
  title!: string;

  @ApiProperty({ description: 'Why this problem area is proposed, from the situation picture', maxLength: TEXT_MAX })
  @Text(TEXT_MAX)
  description!: string;

  @ApiProperty({ description: 'Whether it concerns children and young people in particular', example: true })
  @IsBoolean({ message: '$property must be true or false' })
  childrenAndYoungPeople!: boolean;
}
