import { ApiProperty } from '@nestjs/swagger';
import type { Step, TransitionKind } from '@samverkan/cycle';
import type { DecisionInboxItem } from '@samverkan/read-models';
import { MeetingView } from '../../../common/responses/cycle-work.response.js';
import { STEP, TRANSITION_KIND } from '../../../common/responses/enums.js';
import type { PartyInbox } from './get-decision-inbox.query.js';

export class DecisionInboxItemView implements DecisionInboxItem {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly focusAreaId!: string;
  @ApiProperty() readonly focusAreaTitle!: string;
  @ApiProperty() readonly proposalId!: string;
  @ApiProperty(TRANSITION_KIND) readonly transition!: TransitionKind;
  @ApiProperty({ description: 'In Swedish' }) readonly transitionLabel!: string;
  @ApiProperty(STEP) readonly from!: Step;
  @ApiProperty(STEP) readonly to!: Step;
  @ApiProperty() readonly grounds!: string;
  @ApiProperty({ type: MeetingView, nullable: true }) readonly meeting!: MeetingView | null;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly proposedAt!: string;
  @ApiProperty() readonly proposedBy!: string;
  @ApiProperty({ type: [String] }) readonly approvedBy!: string[];
  @ApiProperty({ type: [String], description: 'Every party still to approve, this one included' }) readonly awaiting!: string[];
  @ApiProperty({ description: 'The focus area stream revision (its ETag), to send as If-Match' }) readonly revision!: number;
}

export class PartyInboxView implements PartyInbox {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty() readonly partyName!: string;
  @ApiProperty({ type: [DecisionInboxItemView] }) readonly items!: DecisionInboxItemView[];
}
