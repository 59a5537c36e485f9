import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsString, Matches, MaxLength, MinLength, ValidateIf, ValidateNested } from 'class-validator';
import { AMENDMENT_CHANGE_KINDS, type AmendmentChange, type AmendmentChangeKind } from '@samverkan/agreements';
import { DATE, DATE_MESSAGE, ID, ID_MESSAGE } from '../../../common/shapes.js';
import { CouncilDto, OperativeGroupDto, PartyDto, PeriodDto, PolicyDto } from '../register-agreement/register-agreement.request.dto.js';

const REQUIRED = '$property is required for this kind of change';

export class AddedSignatoryDto {
  @ApiProperty({ example: 'Räddningschef' }) @IsString() @MinLength(1) @MaxLength(200) function!: string;
  @ApiProperty({ example: '2025-05-20' }) @Matches(DATE, { message: DATE_MESSAGE }) signedOn!: string;
}

/**
 * One change of an amendment. `kind` says which field it carries: addParty a party and its
 * signatory, removeParty a partyId, changePeriod a period, changeCouncil a council,
 * changeOperativeGroup an operativeGroup, changePolicy a policy (each given whole, as it will be).
 */
export class AmendmentChangeDto {
  @ApiProperty({ enum: AMENDMENT_CHANGE_KINDS, enumName: 'AmendmentChangeKind' }) @IsIn(AMENDMENT_CHANGE_KINDS) kind!: AmendmentChangeKind;

  @ApiPropertyOptional({ type: PartyDto, description: 'addParty: the party that joins' })
  @ValidateIf((c: AmendmentChangeDto) => c.kind === 'addParty')
  @IsDefined({ message: REQUIRED })
  @ValidateNested()
  @Type(() => PartyDto)
  party?: PartyDto;

  @ApiPropertyOptional({ type: AddedSignatoryDto, description: 'addParty: who signs for it, by function, and when' })
  @ValidateIf((c: AmendmentChangeDto) => c.kind === 'addParty')
  @IsDefined({ message: REQUIRED })
  @ValidateNested()
  @Type(() => AddedSignatoryDto)
  signatory?: AddedSignatoryDto;

  @ApiPropertyOptional({ description: 'removeParty: the party that leaves' })
  @ValidateIf((c: AmendmentChangeDto) => c.kind === 'removeParty')
  @Matches(ID, { message: ID_MESSAGE })
  partyId?: string;

  @ApiPropertyOptional({ type: PeriodDto, description: 'changePeriod: the period as it will be' })
  @ValidateIf((c: AmendmentChangeDto) => c.kind === 'changePeriod')
  @IsDefined({ message: REQUIRED })
  @ValidateNested()
  @Type(() => PeriodDto)
  period?: PeriodDto;

  @ApiPropertyOptional({ type: CouncilDto, description: 'changeCouncil: the council as it will be (name, chair, members)' })
  @ValidateIf((c: AmendmentChangeDto) => c.kind === 'changeCouncil')
  @IsDefined({ message: REQUIRED })
  @ValidateNested()
  @Type(() => CouncilDto)
  council?: CouncilDto;

  @ApiPropertyOptional({ type: OperativeGroupDto, description: 'changeOperativeGroup: the operative group as it will be' })
  @ValidateIf((c: AmendmentChangeDto) => c.kind === 'changeOperativeGroup')
  @IsDefined({ message: REQUIRED })
  @ValidateNested()
  @Type(() => OperativeGroupDto)
  operativeGroup?: OperativeGroupDto;

  @ApiPropertyOptional({ type: PolicyDto, description: 'changePolicy: the policy as it will be' })
  @ValidateIf((c: AmendmentChangeDto) => c.kind === 'changePolicy')
  @IsDefined({ message: REQUIRED })
  @ValidateNested()
  @Type(() => PolicyDto)
  policy?: PolicyDto;
}

/** The change in the domain's shape: only the field its kind carries (validated above to be there). */
export const toAmendmentChange = (dto: AmendmentChangeDto): AmendmentChange => {
  switch (dto.kind) {
    case 'addParty':
      return { kind: dto.kind, party: dto.party!, signatory: dto.signatory! };
    case 'removeParty':
      return { kind: dto.kind, partyId: dto.partyId! };
    case 'changePeriod':
      return { kind: dto.kind, period: dto.period! };
    case 'changeCouncil':
      return { kind: dto.kind, council: dto.council! };
    case 'changeOperativeGroup':
      return { kind: dto.kind, operativeGroup: dto.operativeGroup! };
    case 'changePolicy':
      return { kind: dto.kind, policy: dto.policy! };
  }
};
