import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, Matches } from 'class-validator';
import { AGREEMENT_ROLES, type AgreementRole } from '@samverkan/agreements';
import { ID } from '../../../common/shapes.js';

export class RevokeRoleRequestDto {
  @ApiProperty() @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'userId must be an account username' }) userId!: string;
  @ApiProperty({ enum: AGREEMENT_ROLES }) @IsIn(AGREEMENT_ROLES) role!: AgreementRole;
  @ApiPropertyOptional()
  @IsOptional()
  @Matches(ID, { message: 'partyId must be a party id of the agreement' })
  partyId?: string;
}
