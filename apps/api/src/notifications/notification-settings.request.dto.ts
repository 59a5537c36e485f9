import { ApiProperty } from '@nestjs/swagger';
import { MAX_DUE_WITHIN_DAYS, MIN_DUE_WITHIN_DAYS, NOTIFICATION_KINDS, type NotificationKind } from '@samverkan/notifications';
import { ArrayUnique, IsArray, IsEmail, IsIn, IsInt, IsOptional, Max, MaxLength, Min, ValidateIf } from 'class-validator';

export class SaveNotificationSettingsRequestDto {
  @ApiProperty({ type: String, nullable: true, example: 'trygghetssamordnare@lomma.se', description: 'Your work address; null removes it' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsEmail({}, { message: 'email must be an e-mail address' })
  @MaxLength(254)
  email!: string | null;

  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true, description: 'The kinds of mail you want' })
  @IsArray()
  @ArrayUnique()
  @IsIn(NOTIFICATION_KINDS, { each: true, message: `each of kinds must be one of ${NOTIFICATION_KINDS.join(', ')}` })
  kinds!: NotificationKind[];

  @ApiProperty({
    minimum: MIN_DUE_WITHIN_DAYS,
    maximum: MAX_DUE_WITHIN_DAYS,
    example: 14,
    description: 'Measures due within this many days; a meeting this many days ahead',
  })
  @IsInt()
  @Min(MIN_DUE_WITHIN_DAYS)
  @Max(MAX_DUE_WITHIN_DAYS)
  dueWithinDays!: number;
}
