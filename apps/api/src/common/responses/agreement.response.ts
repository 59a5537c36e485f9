import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AgreementRole, BodyMember, DecisionRule, ObligationKind, Party, PartyKind, RoleAssignment, Signatory } from '@samverkan/agreements';
import { DecisionPolicyView } from './cycle-work.response.js';
import { AGREEMENT_ROLE, DECISION_RULE, OBLIGATION_KIND, PARTY_KIND } from './enums.js';

/* The agreement's own facts as the agreement routes and the plan as it stood show them. */

export class PartyView implements Party {
  @ApiProperty({ example: 'lomma-kommun' }) readonly partyId!: string;
  @ApiProperty({ example: 'Lomma kommun' }) readonly name!: string;
  @ApiProperty(PARTY_KIND) readonly kind!: PartyKind;
  @ApiPropertyOptional({ example: '212000-1108' }) readonly organisationNumber?: string;
}

export class PeriodView {
  @ApiProperty({ example: '2023-01-01' }) readonly from!: string;
  @ApiProperty({ example: '2027-12-31' }) readonly to!: string;
}

export class SignatoryView implements Signatory {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty({ description: 'The function that signed, never a person', example: 'Kommunstyrelsens ordförande' }) readonly function!: string;
  @ApiProperty({ example: '2024-03-04' }) readonly signedOn!: string;
}

export class BodyMemberView implements BodyMember {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty({ description: 'A function of the party, never a person', example: 'Lokalpolisområdeschef' }) readonly function!: string;
}

export class CouncilView {
  @ApiProperty({ example: 'Trygghetsrådets styrgrupp' }) readonly name!: string;
  @ApiPropertyOptional({ description: 'The party that chairs the council' }) readonly chairPartyId?: string;
  @ApiPropertyOptional({ type: [BodyMemberView] }) readonly members?: BodyMemberView[];
}

export class OperativeGroupView {
  @ApiProperty() readonly name!: string;
  @ApiPropertyOptional({ type: [BodyMemberView] }) readonly members?: BodyMemberView[];
}

/** The terms an amendment may change, as in force from a day on. */
export class TermsView {
  @ApiProperty({ type: [PartyView] }) readonly parties!: PartyView[];
  @ApiProperty({ type: () => PeriodView }) readonly period!: PeriodView;
  @ApiProperty({ type: CouncilView }) readonly council!: CouncilView;
  @ApiPropertyOptional({ type: OperativeGroupView }) readonly operativeGroup?: OperativeGroupView;
  @ApiProperty({ type: DecisionPolicyView }) readonly policy!: DecisionPolicyView;
  @ApiPropertyOptional({ type: [SignatoryView] }) readonly signatories?: SignatoryView[];
}

export class TermsVersionView {
  @ApiProperty({ description: 'The day these terms took effect (YYYY-MM-DD)' }) readonly effectiveFrom!: string;
  @ApiProperty({ type: String, nullable: true, description: 'The amendment that made them; null for the terms as signed' })
  readonly amendmentId!: string | null;
  @ApiProperty({ type: TermsView }) readonly terms!: TermsView;
}

/** One obligation; which of the optional fields it has depends on its kind. */
export class ObligationView {
  @ApiProperty(OBLIGATION_KIND) readonly kind!: ObligationKind;
  @ApiProperty() readonly description!: string;
  @ApiPropertyOptional({ description: 'The sentence of the agreement that sets it' }) readonly source?: string;
  @ApiPropertyOptional() readonly perYear?: number;
  @ApiPropertyOptional() readonly everyYears?: number;
  @ApiPropertyOptional() readonly firstDueBy?: string;
  @ApiPropertyOptional({ example: '12-31' }) readonly readyBy?: string;
  @ApiPropertyOptional({ enum: ['period'] }) readonly after?: 'period';
  @ApiPropertyOptional({ type: [String] }) readonly to?: string[];
  @ApiPropertyOptional() readonly dueBy?: string;
  @ApiPropertyOptional({ description: 'Meetings: the body also meets as needed, beside perYear' }) readonly alsoAsNeeded?: boolean;
}

export class FulfilmentView {
  @ApiProperty(OBLIGATION_KIND) readonly obligationKind!: ObligationKind;
  @ApiProperty({ description: 'YYYY-MM-DD' }) readonly fulfilledOn!: string;
  @ApiPropertyOptional() readonly note?: string;
}

export class AgreementView {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty() readonly municipality!: string;
  @ApiProperty({ type: [PartyView] }) readonly parties!: PartyView[];
  @ApiProperty({ type: PeriodView }) readonly period!: PeriodView;
  @ApiProperty({ type: CouncilView }) readonly council!: CouncilView;
  @ApiPropertyOptional({ type: OperativeGroupView }) readonly operativeGroup?: OperativeGroupView;
  @ApiProperty({ type: DecisionPolicyView }) readonly policy!: DecisionPolicyView;
  @ApiProperty({ type: [ObligationView] }) readonly obligations!: ObligationView[];
  @ApiProperty({ type: [FulfilmentView] }) readonly fulfilments!: FulfilmentView[];
  @ApiPropertyOptional({ type: [SignatoryView], description: 'Who signed for each party; absent when not recorded' })
  readonly signatories?: SignatoryView[];
  @ApiPropertyOptional({
    ...DECISION_RULE,
    description: 'How the council decides: consensus of every party in force (the only rule the cycle implements)',
  })
  readonly decisionRule?: DecisionRule;
}

export class RoleAssignmentView implements RoleAssignment {
  @ApiProperty() readonly userId!: string;
  @ApiProperty(AGREEMENT_ROLE) readonly role!: AgreementRole;
  @ApiPropertyOptional() readonly partyId?: string;
  @ApiProperty({ description: 'A named function, never a person' }) readonly function!: string;
}
