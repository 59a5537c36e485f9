import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AmendmentChangeKind, AmendmentStatus } from '@samverkan/agreements';
import type { AmendmentDecisionRecord, AmendmentRecord } from '@samverkan/read-models';
import type { Role } from '@samverkan/shared-kernel';
import { ProtocolReferenceView } from '../../meetings/protocol-reference.view.js';
import { CouncilView, OperativeGroupView, PartyView, PeriodView } from './agreement.response.js';
import { DecisionPolicyView } from './cycle-work.response.js';
import { ACTOR_ROLE, AMENDMENT_CHANGE_KIND, AMENDMENT_STATUS } from './enums.js';

export class AddedSignatoryView {
  @ApiProperty() readonly function!: string;
  @ApiProperty() readonly signedOn!: string;
}

/** One change; which of the optional fields it has depends on its kind. */
export class AmendmentChangeView {
  @ApiProperty(AMENDMENT_CHANGE_KIND) readonly kind!: AmendmentChangeKind;
  @ApiPropertyOptional({ type: PartyView, description: 'addParty' }) readonly party?: PartyView;
  @ApiPropertyOptional({ type: AddedSignatoryView, description: 'addParty' }) readonly signatory?: AddedSignatoryView;
  @ApiPropertyOptional({ description: 'removeParty' }) readonly partyId?: string;
  @ApiPropertyOptional({ type: PeriodView, description: 'changePeriod' }) readonly period?: PeriodView;
  @ApiPropertyOptional({ type: CouncilView, description: 'changeCouncil' }) readonly council?: CouncilView;
  @ApiPropertyOptional({ type: OperativeGroupView, description: 'changeOperativeGroup' }) readonly operativeGroup?: OperativeGroupView;
  @ApiPropertyOptional({ type: DecisionPolicyView, description: 'changePolicy' }) readonly policy?: DecisionPolicyView;
}

export class AmendmentDecisionView implements AmendmentDecisionRecord {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty({ enum: ['approved', 'rejected'] }) readonly decision!: 'approved' | 'rejected';
  @ApiProperty({ type: String, nullable: true }) readonly reason!: string | null;
  @ApiProperty({ type: ProtocolReferenceView, nullable: true }) readonly protocol!: ProtocolReferenceView | null;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly at!: string;
  @ApiProperty() readonly actorId!: string;
  @ApiProperty(ACTOR_ROLE) readonly actorRole!: Role;
}

/** An amendment as the agreement directory records it. */
export class AmendmentView implements Omit<AmendmentRecord, 'changes'> {
  @ApiProperty() readonly amendmentId!: string;
  @ApiProperty({ description: 'The day it was proposed (YYYY-MM-DD)' }) readonly proposedOn!: string;
  @ApiProperty() readonly proposedAt!: string;
  @ApiProperty() readonly proposedBy!: string;
  @ApiProperty() readonly effectiveFrom!: string;
  @ApiProperty() readonly grounds!: string;
  @ApiProperty({ type: [AmendmentChangeView] }) readonly changes!: AmendmentChangeView[];
  @ApiProperty({ type: [String], description: 'The parties in force on the day it was proposed, whose consent it needs' })
  readonly consentOf!: string[];
  @ApiProperty({ type: [AmendmentDecisionView] }) readonly decisions!: AmendmentDecisionView[];
  @ApiProperty(AMENDMENT_STATUS) readonly status!: AmendmentStatus;
  @ApiProperty({ type: String, nullable: true }) readonly closedAt!: string | null;
}
