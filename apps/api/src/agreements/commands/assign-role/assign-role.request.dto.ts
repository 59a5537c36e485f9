import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { AGREEMENT_ROLES, type AgreementRole } from '@samverkan/agreements';
import { ID } from '../../../common/shapes.js';

export class AssignRoleRequestDto {
  @ApiProperty({ example: 'lomma.samordnare', description: 'The account (username) that gets the role' })
  @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'userId must be an account username' })
  userId!: string;

  @ApiProperty({ enum: AGREEMENT_ROLES }) @IsIn(AGREEMENT_ROLES) role!: AgreementRole;

  @ApiPropertyOptional({ description: 'Required for council roles; the party a coordinator works for; none for auditors' })
  @IsOptional()
  @Matches(ID, { message: 'partyId must be a party id of the agreement' })
  partyId?: string;

  @ApiProperty({ example: 'Säkerhetschef', description: 'The named function, never a person' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  function!: string;
}
