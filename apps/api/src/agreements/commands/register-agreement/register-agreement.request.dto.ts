import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDefined,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { OBLIGATION_KINDS, PARTY_KINDS, REPORT_RECIPIENTS, type ObligationKind, type PartyKind, type ReportRecipient } from '@samverkan/agreements';
import { DATE, DATE_MESSAGE, ID, ID_MESSAGE } from '../../../common/shapes.js';

/** `@ValidateNested` lets an absent object through: a required one must say it is required. */
const REQUIRED = '$property is required';

export class PartyDto {
  @ApiProperty({ example: 'lomma-kommun' }) @Matches(ID, { message: ID_MESSAGE }) partyId!: string;
  @ApiProperty({ example: 'Lomma kommun' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiProperty({ enum: PARTY_KINDS }) @IsIn(PARTY_KINDS) kind!: PartyKind;
  @ApiPropertyOptional({ example: '202100-0076', description: 'Organisationsnummer, checked with its check digit' })
  @IsOptional()
  @Matches(/^\d{6}-\d{4}$/, { message: 'organisationNumber must look like NNNNNN-NNNN' })
  organisationNumber?: string;
}

export class PeriodDto {
  @ApiProperty({ example: '2023-01-01' }) @Matches(DATE, { message: DATE_MESSAGE }) from!: string;
  @ApiProperty({ example: '2027-12-31' }) @Matches(DATE, { message: DATE_MESSAGE }) to!: string;
}

export class NamedBodyDto {
  @ApiProperty({ example: 'Trygghetsrådets styrgrupp' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
}

export class DecisionRequiredDto {
  @ApiProperty() @IsBoolean() prioritise!: boolean;
  @ApiProperty() @IsBoolean() advance!: boolean;
  @ApiProperty() @IsBoolean() close!: boolean;
  @ApiProperty() @IsBoolean() newCycle!: boolean;
  @ApiProperty() @IsBoolean() stepBack!: boolean;
}

export class PolicyDto {
  @ApiProperty({ type: DecisionRequiredDto })
  @IsDefined({ message: REQUIRED })
  @ValidateNested()
  @Type(() => DecisionRequiredDto)
  decisionRequired!: DecisionRequiredDto;
}

/** One obligation; which fields a kind needs is checked by the domain (422 names the rule). */
export class ObligationDto {
  @ApiProperty({ enum: OBLIGATION_KINDS }) @IsIn(OBLIGATION_KINDS) kind!: ObligationKind;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500) description!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) source?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) perYear?: number;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) everyYears?: number;
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, { message: DATE_MESSAGE }) firstDueBy?: string;
  @ApiPropertyOptional({ example: '12-31' }) @IsOptional() @Matches(/^\d{2}-\d{2}$/, { message: '$property must be MM-DD' }) readyBy?: string;
  @ApiPropertyOptional({ enum: ['period'] }) @IsOptional() @IsIn(['period']) after?: 'period';
  @ApiPropertyOptional({ enum: REPORT_RECIPIENTS, isArray: true })
  @IsOptional()
  @IsArray()
  @IsIn(REPORT_RECIPIENTS, { each: true })
  to?: ReportRecipient[];
  @ApiPropertyOptional() @IsOptional() @Matches(DATE, { message: DATE_MESSAGE }) dueBy?: string;
}

export class RegisterAgreementRequestDto {
  @ApiProperty({ example: 'lomma-2023-2027' }) @Matches(ID, { message: ID_MESSAGE }) agreementId!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(300) name!: string;
  @ApiProperty({ example: 'Lomma' }) @IsString() @MinLength(1) @MaxLength(100) municipality!: string;
  @ApiProperty({ type: [PartyDto] }) @IsArray() @ArrayMinSize(2) @ValidateNested({ each: true }) @Type(() => PartyDto) parties!: PartyDto[];
  @ApiProperty({ type: PeriodDto }) @IsDefined({ message: REQUIRED }) @ValidateNested() @Type(() => PeriodDto) period!: PeriodDto;
  @ApiProperty({ type: NamedBodyDto }) @IsDefined({ message: REQUIRED }) @ValidateNested() @Type(() => NamedBodyDto) council!: NamedBodyDto;
  @ApiPropertyOptional({ type: NamedBodyDto }) @IsOptional() @ValidateNested() @Type(() => NamedBodyDto) operativeGroup?: NamedBodyDto;
  @ApiPropertyOptional({ type: PolicyDto, description: 'Default: every forward transition needs a council decision' })
  @IsOptional()
  @ValidateNested()
  @Type(() => PolicyDto)
  policy?: PolicyDto;
  @ApiPropertyOptional({ type: [ObligationDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ObligationDto)
  obligations?: ObligationDto[];
}
