import { ApiProperty } from '@nestjs/swagger';
import type { TransitionKind, Step } from '@samverkan/cycle';
import { inBoardOrder, type AgreementDirectoryDoc, type FocusAreaBoardDoc } from '@samverkan/read-models';

export class FocusAreaSummaryDto {
  @ApiProperty() focusAreaId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() childrenAndYoungPeople!: boolean;
  @ApiProperty({ enum: ['proposed', 'mapping', 'analysis', 'measures', 'evaluation', 'closed', 'withdrawn'] }) step!: Step;
  @ApiProperty() cycle!: number;
  @ApiProperty({ nullable: true, description: 'The proposal waiting for the council, with the parties that have approved' })
  pendingProposal!: { proposalId: string; transition: TransitionKind; to: Step; approvedBy: string[] } | null;
  @ApiProperty() revision!: number;
}

export class AgreementSummaryDto {
  @ApiProperty() agreementId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() municipality!: string;
  @ApiProperty() period!: { from: string; to: string };
  @ApiProperty() parties!: { partyId: string; name: string; kind: string }[];
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
    step: doc.status,
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
