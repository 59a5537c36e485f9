import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AgreementRole, ObligationKind } from '@samverkan/agreements';
import type { AgreementDirectoryDoc, DirectoryRole, FulfilmentRecord, PublicPageRecord, RoleChange } from '@samverkan/read-models';
import type { Role } from '@samverkan/shared-kernel';
import type { DecisionRule } from '@samverkan/agreements';
import { CouncilView, ObligationView, OperativeGroupView, PartyView, PeriodView, SignatoryView, TermsVersionView } from './agreement.response.js';
import { AmendmentView } from './amendment.response.js';
import { DecisionPolicyView } from './cycle-work.response.js';
import { ACTOR_ROLE, AGREEMENT_ROLE, OBLIGATION_KIND } from './enums.js';

export class DirectoryRoleView implements DirectoryRole {
  @ApiProperty() readonly userId!: string;
  @ApiProperty(AGREEMENT_ROLE) readonly role!: AgreementRole;
  @ApiProperty({ type: String, nullable: true }) readonly partyId!: string | null;
  @ApiProperty() readonly function!: string;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly since!: string;
  @ApiProperty() readonly assignedBy!: string;
}

export class RoleChangeView implements RoleChange {
  @ApiProperty({ enum: ['assigned', 'revoked'] }) readonly change!: 'assigned' | 'revoked';
  @ApiProperty() readonly userId!: string;
  @ApiProperty(AGREEMENT_ROLE) readonly role!: AgreementRole;
  @ApiProperty({ type: String, nullable: true }) readonly partyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly function!: string | null;
  @ApiProperty() readonly at!: string;
  @ApiProperty() readonly actorId!: string;
  @ApiProperty(ACTOR_ROLE) readonly actorRole!: Role;
  @ApiProperty() readonly position!: string;
}

export class FulfilmentRecordView implements FulfilmentRecord {
  @ApiProperty(OBLIGATION_KIND) readonly obligationKind!: ObligationKind;
  @ApiProperty() readonly fulfilledOn!: string;
  @ApiProperty({ type: String, nullable: true }) readonly note!: string | null;
  @ApiProperty() readonly recordedAt!: string;
  @ApiProperty() readonly recordedBy!: string;
  @ApiProperty() readonly position!: string;
}

export class PublicPageRecordView implements PublicPageRecord {
  @ApiProperty({ description: 'Whether residents can read the page at /offentlig/{agreementId} now' }) readonly published!: boolean;
  @ApiProperty({ description: 'ISO-8601 instant it was last published or taken down' }) readonly changedAt!: string;
  @ApiProperty() readonly changedBy!: string;
}

/** The agreement as the read models hold it (the plan as it stood names it). */
export class AgreementDirectoryView implements Omit<AgreementDirectoryDoc, 'obligations' | 'amendments'> {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly name!: string;
  @ApiProperty() readonly municipality!: string;
  @ApiProperty({ type: [PartyView] }) readonly parties!: PartyView[];
  @ApiProperty({ type: PeriodView }) readonly period!: PeriodView;
  @ApiProperty({ type: CouncilView }) readonly council!: CouncilView;
  @ApiPropertyOptional({ type: OperativeGroupView, nullable: true }) readonly operativeGroup!: OperativeGroupView | null;
  @ApiPropertyOptional({ type: [SignatoryView] }) readonly signatories?: SignatoryView[];
  @ApiPropertyOptional({ enum: ['consensus'] }) readonly decisionRule?: DecisionRule;
  @ApiProperty({ type: [TermsVersionView], description: 'The terms as signed, then as each amendment made them' })
  readonly termsHistory!: TermsVersionView[];
  @ApiProperty({ type: [AmendmentView] }) readonly amendments!: AmendmentView[];
  @ApiProperty({ type: DecisionPolicyView }) readonly policy!: DecisionPolicyView;
  @ApiProperty({ type: [ObligationView] }) readonly obligations!: ObligationView[];
  @ApiProperty() readonly registeredAt!: string;
  @ApiProperty() readonly registeredBy!: string;
  @ApiProperty({ type: [DirectoryRoleView] }) readonly roles!: DirectoryRoleView[];
  @ApiProperty({ type: [RoleChangeView] }) readonly roleHistory!: RoleChangeView[];
  @ApiProperty({ type: [FulfilmentRecordView] }) readonly fulfilments!: FulfilmentRecordView[];
  @ApiProperty({ type: PublicPageRecordView, nullable: true, description: 'The page for residents; null until first published' })
  readonly publicPage!: PublicPageRecordView | null;
  @ApiProperty() readonly lastEventAt!: string;
  @ApiProperty() readonly revision!: number;
  @ApiProperty() readonly position!: string;
}
