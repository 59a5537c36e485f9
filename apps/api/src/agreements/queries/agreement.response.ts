import { ApiProperty } from '@nestjs/swagger';
import type { Step, TransitionKind } from '@samverkan/cycle';
import { inBoardOrder, type AgreementDirectoryDoc, type FocusAreaBoardDoc } from '@samverkan/read-models';
import { PartyView, PeriodView } from '../../common/responses/agreement.response.js';
import { STEP, TRANSITION_KIND } from '../../common/responses/enums.js';

export class FocusAreaSummaryProposal {
  @ApiProperty() proposalId!: string;
  @ApiProperty(TRANSITION_KIND) transition!: TransitionKind;
  @ApiProperty(STEP) to!: Step;
  @ApiProperty({ type: [String], description: 'The parties that have approved, in order' }) approvedBy!: string[];
}

export class FocusAreaSummaryDto {
  @ApiProperty() focusAreaId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() childrenAndYoungPeople!: boolean;
  @ApiProperty(STEP) step!: Step;
  @ApiProperty() cycle!: number;
  @ApiProperty({ type: FocusAreaSummaryProposal, nullable: true, description: 'The proposal waiting for the council' })
  pendingProposal!: FocusAreaSummaryProposal | null;
  @ApiProperty({ description: 'The focus area stream revision (its ETag)' }) revision!: number;
}

export class AgreementSummaryDto {
  @ApiProperty() agreementId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty({ type: PeriodView }) period!: PeriodView;
  @ApiProperty({ type: [PartyView] }) parties!: PartyView[];
  @ApiProperty({ type: [FocusAreaSummaryDto] }) focusAreas!: FocusAreaSummaryDto[];
}

/**
 * A focus area as the agreement lists it: its board document, so the list, the board and the
 * focus area itself never disagree about its step or cycle. In the board's order (as proposed).
 */
export const toFocusAreaSummaries = (docs: readonly FocusAreaBoardDoc[]): FocusAreaSummaryDto[] =>
  inBoardOrder(docs).map((doc) => ({
    focusAreaId: doc.focusAreaId,
    title: doc.title,
    childrenAndYoungPeople: doc.childrenAndYoungPeople,
    step: doc.step,
    cycle: doc.cycle,
    pendingProposal: doc.pendingProposal && {
      proposalId: doc.pendingProposal.proposalId,
      transition: doc.pendingProposal.transition,
      to: doc.pendingProposal.to,
      approvedBy: [...doc.pendingProposal.approvedBy],
    },
    revision: doc.revision,
  }));

export const toAgreementSummary = (agreement: AgreementDirectoryDoc, focusAreas: readonly FocusAreaBoardDoc[]): AgreementSummaryDto => ({
  agreementId: agreement.agreementId,
  name: agreement.name,
  municipality: agreement.municipality,
  period: agreement.period,
  parties: agreement.parties.map(({ partyId, name, kind }) => ({ partyId, name, kind })),
  focusAreas: toFocusAreaSummaries(focusAreas),
});
