import { ApiProperty } from '@nestjs/swagger';
import { PUBLIC_PAGE_WITHDRAWAL_REASON_MAX_LENGTH } from '@samverkan/agreements';
import { IsString, MaxLength, MinLength } from 'class-validator';

export class WithdrawPublicPageRequestDto {
  @ApiProperty({ example: 'Sidan ses över inför nästa överenskommelse', maxLength: PUBLIC_PAGE_WITHDRAWAL_REASON_MAX_LENGTH })
  @IsString()
  @MinLength(1)
  @MaxLength(PUBLIC_PAGE_WITHDRAWAL_REASON_MAX_LENGTH)
  reason!: string;
}
