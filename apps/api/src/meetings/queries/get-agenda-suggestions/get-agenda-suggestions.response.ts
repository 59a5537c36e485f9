import { ApiProperty } from '@nestjs/swagger';
import type { AgendaSuggestions, AmendmentSuggestion, AnnexSuggestion, FollowUpSuggestion, ProposalSuggestion } from '@samverkan/read-models';
import type { Step, TransitionKind } from '@samverkan/cycle';
import { STEP, TRANSITION_KIND } from '../../../common/responses/enums.js';
import { ObligationStatusView } from '../../../plan/queries/get-late-and-due/get-late-and-due.response.js';
import type { AgendaSubject } from '@samverkan/meetings';
import { AgendaSubjectView } from '../meeting.response.js';

class ProposalSuggestionView implements ProposalSuggestion {
  @ApiProperty({ description: 'A title to start from' }) readonly title!: string;
  @ApiProperty({ type: AgendaSubjectView }) readonly subject!: AgendaSubject;
  @ApiProperty() readonly onAgenda!: boolean;
  @ApiProperty() readonly focusAreaTitle!: string;
  @ApiProperty(TRANSITION_KIND) readonly transition!: TransitionKind;
  @ApiProperty(STEP) readonly from!: Step;
  @ApiProperty(STEP) readonly to!: Step;
  @ApiProperty() readonly grounds!: string;
}

class FollowUpSuggestionView implements FollowUpSuggestion {
  @ApiProperty() readonly title!: string;
  @ApiProperty({ type: AgendaSubjectView }) readonly subject!: AgendaSubject;
  @ApiProperty() readonly onAgenda!: boolean;
  @ApiProperty() readonly focusAreaTitle!: string;
  @ApiProperty() readonly lateMeasures!: number;
}

class AnnexSuggestionView implements AnnexSuggestion {
  @ApiProperty() readonly title!: string;
  @ApiProperty({ type: AgendaSubjectView }) readonly subject!: AgendaSubject;
  @ApiProperty() readonly onAgenda!: boolean;
  @ApiProperty() readonly annexTitle!: string;
  @ApiProperty() readonly version!: number;
}

class AmendmentSuggestionView implements AmendmentSuggestion {
  @ApiProperty() readonly title!: string;
  @ApiProperty({ type: AgendaSubjectView }) readonly subject!: AgendaSubject;
  @ApiProperty() readonly onAgenda!: boolean;
  @ApiProperty({ format: 'date' }) readonly effectiveFrom!: string;
  @ApiProperty() readonly grounds!: string;
}

export class AgendaSuggestionsView implements AgendaSuggestions {
  @ApiProperty({ type: [ProposalSuggestionView] }) readonly pendingProposals!: ProposalSuggestionView[];
  @ApiProperty({ type: [FollowUpSuggestionView] }) readonly lateFocusAreas!: FollowUpSuggestionView[];
  @ApiProperty({ type: [AnnexSuggestionView], description: 'Annex versions drafted and not yet decided' }) readonly annexUpdates!: AnnexSuggestionView[];
  @ApiProperty({ type: [AmendmentSuggestionView], description: 'Amendments waiting for the parties’ consent' })
  readonly pendingAmendments!: AmendmentSuggestionView[];
  @ApiProperty({ type: [ObligationStatusView] }) readonly obligationsDue!: ObligationStatusView[];
}
