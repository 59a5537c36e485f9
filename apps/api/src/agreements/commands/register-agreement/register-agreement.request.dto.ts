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
import {
  DECISION_RULES,
  OBLIGATION_KINDS,
  PARTY_KINDS,
  REPORT_RECIPIENTS,
  type DecisionRule,
  type ObligationKind,
  type PartyKind,
  type ReportRecipient,
} from '@samverkan/agreements';
import { CHILD_IMPACT_ASSESSMENT_POLICIES, type ChildImpactAssessmentPolicy } from '@samverkan/cycle';
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

/** A function of a party in a body ("Lokalpolisområdeschef"): never a person. */
export class BodyMemberDto {
  @ApiProperty({ example: 'lpo-kavlinge' }) @Matches(ID, { message: ID_MESSAGE }) partyId!: string;
  @ApiProperty({ example: 'Lokalpolisområdeschef' }) @IsString() @MinLength(1) @MaxLength(200) function!: string;
}

export class SignatoryDto extends BodyMemberDto {
  @ApiProperty({ example: '2024-03-04', description: 'The day the function signed; on or before the period ends' })
  @Matches(DATE, { message: DATE_MESSAGE })
  signedOn!: string;
}

export class CouncilDto {
  @ApiProperty({ example: 'Trygghetsrådets styrgrupp' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiPropertyOptional({ example: 'lomma-kommun', description: 'The party that chairs the council' })
  @IsOptional()
  @Matches(ID, { message: ID_MESSAGE })
  chairPartyId?: string;
  @ApiPropertyOptional({ type: [BodyMemberDto], description: 'Members by function, per party' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => BodyMemberDto)
  members?: BodyMemberDto[];
}

export class OperativeGroupDto {
  @ApiProperty({ example: 'Trygghetsrådets samverkansgrupp' }) @IsString() @MinLength(1) @MaxLength(200) name!: string;
  @ApiPropertyOptional({ type: [BodyMemberDto], description: 'Members by function, per party' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => BodyMemberDto)
  members?: BodyMemberDto[];
}

export class DecisionRequiredDto {
  @ApiProperty() @IsBoolean() prioritise!: boolean;
  @ApiProperty() @IsBoolean() advance!: boolean;
  @ApiProperty() @IsBoolean() close!: boolean;
  @ApiProperty() @IsBoolean() newCycle!: boolean;
  @ApiProperty({ description: 'Stepping back needs a council decision' }) @IsBoolean() stepBack!: boolean;
}

/** The settings beside which transitions need a decision; absent ones get the default for new agreements. */
class PolicySettingsDto {
  @ApiPropertyOptional({
    enum: CHILD_IMPACT_ASSESSMENT_POLICIES,
    enumName: 'ChildImpactAssessmentPolicy',
    description: 'When a child impact assessment is due before measures are decided. Default: childrenAndYoungPeople',
  })
  @IsOptional()
  @IsIn(CHILD_IMPACT_ASSESSMENT_POLICIES)
  childImpactAssessment?: ChildImpactAssessmentPolicy;

  @ApiPropertyOptional({ description: 'Whether a goal may be set before its baseline is measured. Default: false' })
  @IsOptional()
  @IsBoolean()
  baselineMayFollow?: boolean;
}

/** A policy given whole, as an amendment states it: which transitions need a decision, and the settings. */
export class PolicyDto extends PolicySettingsDto {
  @ApiProperty({ type: DecisionRequiredDto })
  @IsDefined({ message: REQUIRED })
  @ValidateNested()
  @Type(() => DecisionRequiredDto)
  decisionRequired!: DecisionRequiredDto;
}

/** A registration's policy: what it leaves out gets the default (every step forward decided by the council). */
export class RegistrationPolicyDto extends PolicySettingsDto {
  @ApiPropertyOptional({ type: DecisionRequiredDto, description: 'Default: every forward transition, not stepping back' })
  @IsOptional()
  @ValidateNested()
  @Type(() => DecisionRequiredDto)
  decisionRequired?: DecisionRequiredDto;
}

/** One obligation; which fields a kind needs is checked by the domain (422 names the rule). */
export class ObligationDto {
  @ApiProperty({ enum: OBLIGATION_KINDS }) @IsIn(OBLIGATION_KINDS) kind!: ObligationKind;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(500) description!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(2000) source?: string;
  @ApiPropertyOptional() @IsOptional() @IsInt() @Min(1) perYear?: number;
  @ApiPropertyOptional({ description: 'Meetings: the body also meets as needed ("och vid behov")' }) @IsOptional() @IsBoolean() alsoAsNeeded?: boolean;
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
  @ApiProperty({ type: CouncilDto }) @IsDefined({ message: REQUIRED }) @ValidateNested() @Type(() => CouncilDto) council!: CouncilDto;
  @ApiPropertyOptional({ type: OperativeGroupDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => OperativeGroupDto)
  operativeGroup?: OperativeGroupDto;
  @ApiPropertyOptional({ type: [SignatoryDto], description: 'Who signed for each party, by function, and when' })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => SignatoryDto)
  signatories?: SignatoryDto[];
  @ApiPropertyOptional({ enum: DECISION_RULES, enumName: 'DecisionRule', description: 'Consensus of every party: the only rule the cycle implements' })
  @IsOptional()
  @IsIn(DECISION_RULES)
  decisionRule?: DecisionRule;
  @ApiPropertyOptional({
    type: RegistrationPolicyDto,
    description:
      'Default: every forward transition needs a council decision; a child impact assessment where a focus area concerns children and young people',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RegistrationPolicyDto)
  policy?: RegistrationPolicyDto;
  @ApiPropertyOptional({ type: [ObligationDto] })
  @IsOptional()
  @IsArray()
  @ValidateNested({ each: true })
  @Type(() => ObligationDto)
  obligations?: ObligationDto[];
}
