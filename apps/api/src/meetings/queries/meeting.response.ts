import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { AGENDA_SUBJECT_KINDS, type AgendaSubject, type AgendaSubjectKind } from '@samverkan/meetings';
import type {
  AgreementMeetings,
  DecisionUnderParagraph,
  MeetingDetail,
  MeetingParagraph,
  MeetingSummary,
  MeetingYear,
  MinutesCheckView,
  TransitionMaterial,
} from '@samverkan/read-models';
import { MEETING_BODIES, type MeetingBody, type Role } from '@samverkan/shared-kernel';
import type { Step, TransitionKind } from '@samverkan/cycle';
import { ACTOR_ROLE, STEP, TRANSITION_KIND } from '../../common/responses/enums.js';

const BODY = { enum: MEETING_BODIES, enumName: 'MeetingBody' } as const;
const STATUS = { enum: ['scheduled', 'held', 'minutesAdopted', 'minutesChecked'], enumName: 'MeetingStatus' } as const;
type Status = MeetingSummary['status'];

/** What an agenda item is about; the ids its kind has. */
export class AgendaSubjectView {
  @ApiProperty({ enum: AGENDA_SUBJECT_KINDS, enumName: 'AgendaSubjectKind' }) readonly kind!: AgendaSubjectKind;
  @ApiPropertyOptional() readonly focusAreaId?: string;
  @ApiPropertyOptional() readonly proposalId?: string;
  @ApiPropertyOptional() readonly annexId?: string;
  @ApiPropertyOptional() readonly version?: number;
  @ApiPropertyOptional() readonly amendmentId?: string;
}

export class ParagraphSubjectView {
  @ApiProperty() readonly paragraph!: number;
  @ApiProperty() readonly title!: string;
  @ApiProperty({ type: AgendaSubjectView }) readonly subject!: AgendaSubject;
}

export class MeetingSummaryView implements MeetingSummary {
  @ApiProperty() readonly meetingId!: string;
  @ApiProperty(BODY) readonly body!: MeetingBody;
  @ApiProperty({ description: 'YYYY-MM-DD, as planned' }) readonly date!: string;
  @ApiProperty() readonly place!: string;
  @ApiProperty(STATUS) readonly status!: Status;
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD' }) readonly heldOn!: string | null;
  @ApiProperty({ type: [ParagraphSubjectView] }) readonly paragraphs!: ParagraphSubjectView[];
  @ApiProperty() readonly decisionCount!: number;
  @ApiProperty() readonly revision!: number;
}

export class MeetingYearView implements MeetingYear {
  @ApiProperty() readonly year!: number;
  @ApiProperty(BODY) readonly body!: MeetingBody;
  @ApiProperty() readonly held!: number;
}

export class AgreementMeetingsView implements AgreementMeetings {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty({ type: [MeetingSummaryView], description: 'Not yet held, soonest first' }) readonly upcoming!: MeetingSummaryView[];
  @ApiProperty({ type: [MeetingSummaryView], description: 'Held, latest first' }) readonly held!: MeetingSummaryView[];
  @ApiProperty({ type: [MeetingYearView] }) readonly perYear!: MeetingYearView[];
}

class ProposalMaterialView {
  @ApiProperty(TRANSITION_KIND) readonly transition!: TransitionKind;
  @ApiProperty(STEP) readonly from!: Step;
  @ApiProperty(STEP) readonly to!: Step;
  @ApiProperty() readonly grounds!: string;
  @ApiProperty({ type: [String] }) readonly approvedBy!: string[];
}

class WorkSummaryView {
  @ApiProperty({ type: String, nullable: true }) readonly problem!: string | null;
  @ApiProperty() readonly sources!: number;
  @ApiProperty() readonly causes!: number;
  @ApiProperty() readonly goals!: number;
  @ApiProperty() readonly measures!: number;
  @ApiProperty() readonly childImpactAssessment!: boolean;
}

export class TransitionMaterialView implements TransitionMaterial {
  @ApiProperty() readonly focusAreaTitle!: string;
  @ApiProperty(STEP) readonly step!: Step;
  @ApiProperty({ type: ProposalMaterialView, nullable: true }) readonly proposal!: ProposalMaterialView | null;
  @ApiProperty({ type: WorkSummaryView }) readonly work!: WorkSummaryView;
}

export class DecisionUnderParagraphView implements DecisionUnderParagraph {
  @ApiProperty({ example: 'TransitionApproved' }) readonly eventType!: string;
  @ApiProperty({ type: String, nullable: true }) readonly partyId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly partyName!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly proposalId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly reason!: string | null;
  @ApiProperty(ACTOR_ROLE) readonly actorRole!: Role;
  @ApiProperty({ type: String, nullable: true, description: 'The function the decider held, never a name' }) readonly actorFunction!: string | null;
  @ApiProperty() readonly occurredAt!: string;
}

export class MeetingParagraphView implements MeetingParagraph {
  @ApiProperty() readonly paragraph!: number;
  @ApiProperty() readonly itemId!: string;
  @ApiProperty() readonly title!: string;
  @ApiProperty({ type: AgendaSubjectView }) readonly subject!: AgendaSubject;
  @ApiProperty({ type: String, nullable: true }) readonly note!: string | null;
  @ApiProperty({ type: [DecisionUnderParagraphView] }) readonly decisions!: DecisionUnderParagraphView[];
  @ApiProperty({ type: TransitionMaterialView, nullable: true }) readonly material!: TransitionMaterialView | null;
}

export class MinutesCheckViewDto implements MinutesCheckView {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty() readonly partyName!: string;
  @ApiProperty({ type: String, nullable: true }) readonly actorFunction!: string | null;
  @ApiProperty() readonly checkedAt!: string;
}

class PartyRefView {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty() readonly partyName!: string;
}

class MinutesView {
  @ApiProperty() readonly adoptedAt!: string;
  @ApiProperty({ type: [MinutesCheckViewDto] }) readonly checks!: MinutesCheckViewDto[];
  @ApiProperty({ type: [PartyRefView] }) readonly awaiting!: PartyRefView[];
}

export class MeetingDetailView implements MeetingDetail {
  @ApiProperty() readonly meetingId!: string;
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly agreementName!: string;
  @ApiProperty(BODY) readonly body!: MeetingBody;
  @ApiProperty() readonly date!: string;
  @ApiProperty() readonly place!: string;
  @ApiProperty(STATUS) readonly status!: Status;
  @ApiProperty({ type: String, nullable: true }) readonly heldOn!: string | null;
  @ApiProperty({ description: 'The meeting stream revision (also the ETag; send it as If-Match)' }) readonly revision!: number;
  @ApiProperty({ type: [MeetingParagraphView] }) readonly paragraphs!: MeetingParagraphView[];
  @ApiProperty({ type: MinutesView, nullable: true }) readonly minutes!: MinutesView | null;
  @ApiProperty({ description: 'Whether a new decision may still cite this meeting' }) readonly citable!: boolean;
}
