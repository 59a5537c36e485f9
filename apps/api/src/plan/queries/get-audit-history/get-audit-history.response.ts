import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { AuditSubject, NamedReference, ReadableAuditRow } from '@samverkan/read-models';
import type { Role } from '@samverkan/shared-kernel';
import { MeetingView } from '../../../common/responses/cycle-work.response.js';
import { ACTOR_ROLE } from '../../../common/responses/enums.js';
import { ProtocolReferenceView } from '../../../meetings/protocol-reference.view.js';
import type { AuditPage } from './get-audit-history.query.js';

const AUDIT_SUBJECTS: readonly AuditSubject[] = ['party', 'source', 'cause', 'goal', 'measure', 'proposal'];

export class NamedReferenceView implements NamedReference {
  @ApiProperty({ enum: AUDIT_SUBJECTS, enumName: 'AuditSubject' }) readonly subject!: AuditSubject;
  @ApiProperty() readonly id!: string;
  @ApiProperty({ type: String, nullable: true, description: 'What it was called when the event happened' }) readonly name!: string | null;
}

/** One event as an auditor reads it: who, in which role, for which party, at which meeting, on which grounds. */
export class AuditRowView implements ReadableAuditRow {
  @ApiProperty() readonly position!: string;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly occurredAt!: string;
  @ApiProperty() readonly streamId!: string;
  @ApiProperty() readonly revision!: number;
  @ApiProperty() readonly eventType!: string;
  @ApiProperty({ type: String, nullable: true }) readonly agreementId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly focusAreaId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly focusAreaTitle!: string | null;
  @ApiProperty() readonly actorId!: string;
  @ApiProperty(ACTOR_ROLE) readonly actorRole!: Role;
  @ApiProperty({ type: String, nullable: true }) readonly onBehalfOfPartyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly onBehalfOfPartyName!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'The deciding party of a decision, else the actor’s' }) readonly partyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly partyName!: string | null;
  @ApiProperty({ type: MeetingView, nullable: true }) readonly meeting!: MeetingView | null;
  @ApiPropertyOptional({ type: ProtocolReferenceView, nullable: true, description: 'The meeting paragraph a decision cites' })
  readonly protocol?: ProtocolReferenceView | null;
  @ApiProperty({ type: String, nullable: true, description: 'Where a decision was taken: "§ 4, Strategiska rådets möte 2025-03-13"' })
  readonly protocolLabel!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly grounds!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly proposalId!: string | null;
  @ApiProperty({ description: 'One Swedish sentence, with names as they were then' }) readonly summary!: string;
  @ApiProperty({ type: [NamedReferenceView] }) readonly references!: NamedReferenceView[];
  @ApiProperty() readonly correlationId!: string;
  @ApiProperty({ type: String, nullable: true }) readonly causationId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly machineVersion!: string | null;
  @ApiPropertyOptional({ enum: ['password', 'oidc'], nullable: true, description: 'How the actor signed in' }) readonly signInMethod?:
    | 'password'
    | 'oidc'
    | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The OpenID provider that vouched for the actor' }) readonly signInIssuer?:
    | string
    | null;
  @ApiPropertyOptional({ type: String, nullable: true, description: 'The assurance level (acr) the provider reported' }) readonly signInAcr?:
    | string
    | null;
  @ApiProperty({ description: 'The actor’s name from the accounts, asked now; "Borttagen användare" once removed, "Systemet" for the system' })
  readonly actorName!: string;
  @ApiProperty() readonly schemaVersion!: number;
  @ApiProperty({ type: 'object', additionalProperties: true, description: 'The event’s data as stored' }) readonly data!: unknown;
}

export class AuditPageView implements AuditPage {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly page!: number;
  @ApiProperty() readonly pageSize!: number;
  @ApiProperty() readonly total!: number;
  @ApiProperty({ type: [AuditRowView] }) readonly items!: AuditRowView[];
}
