import { ApiProperty } from '@nestjs/swagger';
import type { Step, TransitionKind } from '@samverkan/cycle';
import type { WithdrawnProposalItem } from '@samverkan/read-models';
import { MeetingView } from '../../../common/responses/cycle-work.response.js';
import { STEP, TRANSITION_KIND } from '../../../common/responses/enums.js';
import type { InboxItem, PartyDecision, PartyInbox } from './get-decision-inbox.query.js';

export class PartyDecisionView implements PartyDecision {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly decidedAt!: string;
  @ApiProperty({ description: 'The user who decided for the party' }) readonly decidedBy!: string;
  @ApiProperty({ description: "'councilRepresentative' or 'councilSubstitute'" }) readonly actorRole!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Their function in the agreement (never a name)' }) readonly function!: string | null;
}

/** Which proposal of which focus area, and the move it proposes: what an inbox item and a withdrawn proposal both name. */
class ProposalOfFocusAreaView {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly focusAreaId!: string;
  @ApiProperty() readonly focusAreaTitle!: string;
  @ApiProperty() readonly proposalId!: string;
  @ApiProperty(TRANSITION_KIND) readonly transition!: TransitionKind;
  @ApiProperty({ description: 'In Swedish' }) readonly transitionLabel!: string;
  @ApiProperty(STEP) readonly from!: Step;
  @ApiProperty(STEP) readonly to!: Step;
}

export class WithdrawnProposalView extends ProposalOfFocusAreaView implements WithdrawnProposalItem {
  @ApiProperty() readonly reason!: string;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly withdrawnAt!: string;
  @ApiProperty() readonly withdrawnBy!: string;
}

export class DecisionInboxItemView extends ProposalOfFocusAreaView implements InboxItem {
  @ApiProperty() readonly grounds!: string;
  @ApiProperty({ type: MeetingView, nullable: true }) readonly meeting!: MeetingView | null;
  @ApiProperty({ description: 'ISO-8601 instant' }) readonly proposedAt!: string;
  @ApiProperty() readonly proposedBy!: string;
  @ApiProperty({ type: [String] }) readonly approvedBy!: string[];
  @ApiProperty({ type: [String], description: 'Every party still to approve' }) readonly awaiting!: string[];
  @ApiProperty({ description: 'The focus area stream revision (its ETag), to send as If-Match' }) readonly revision!: number;
  @ApiProperty({
    type: PartyDecisionView,
    nullable: true,
    description: "This party's approval when it has already decided (by its representative or substitute); null while it waits",
  })
  readonly decidedForParty!: PartyDecisionView | null;
}

export class PartyInboxView implements PartyInbox {
  @ApiProperty() readonly partyId!: string;
  @ApiProperty() readonly partyName!: string;
  @ApiProperty({ type: [DecisionInboxItemView] }) readonly items!: DecisionInboxItemView[];
  @ApiProperty({ type: [WithdrawnProposalView], description: 'Proposals withdrawn before the council decided them, until the next proposal' })
  readonly withdrawn!: WithdrawnProposalView[];
}
