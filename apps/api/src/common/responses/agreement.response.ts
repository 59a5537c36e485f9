import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AgreementRole, ObligationKind, Party, PartyKind, RoleAssignment } from '@samverkan/agreements';
import { DecisionPolicyView } from './cycle-work.response.js';
import { AGREEMENT_ROLE, OBLIGATION_KIND, PARTY_KIND } from './enums.js';

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

export class NamedBodyView {
  @ApiProperty() readonly name!: string;
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
  @ApiProperty({ type: NamedBodyView }) readonly council!: NamedBodyView;
  @ApiPropertyOptional({ type: NamedBodyView }) readonly operativeGroup?: NamedBodyView;
  @ApiProperty({ type: DecisionPolicyView }) readonly policy!: DecisionPolicyView;
  @ApiProperty({ type: [ObligationView] }) readonly obligations!: ObligationView[];
  @ApiProperty({ type: [FulfilmentView] }) readonly fulfilments!: FulfilmentView[];
}

export class RoleAssignmentView implements RoleAssignment {
  @ApiProperty() readonly userId!: string;
  @ApiProperty(AGREEMENT_ROLE) readonly role!: AgreementRole;
  @ApiPropertyOptional() readonly partyId?: string;
  @ApiProperty({ description: 'A named function, never a person' }) readonly function!: string;
}
