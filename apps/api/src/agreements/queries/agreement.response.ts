import { ApiProperty } from '@nestjs/swagger';
import type { CatalogueAgreement, CatalogueFocusArea } from '../../catalogue/catalogue.projection.js';
import { PartyView, PeriodView } from '../../common/responses/agreement.response.js';
import { STEP, TRANSITION_KIND } from '../../common/responses/enums.js';

export class FocusAreaSummaryProposal {
  @ApiProperty() proposalId!: string;
  @ApiProperty(TRANSITION_KIND) transition!: string;
  @ApiProperty(STEP) to!: string;
  @ApiProperty({ type: [String], description: 'The parties that have approved, in order' }) approvedBy!: string[];
}

export class FocusAreaSummaryDto {
  @ApiProperty() focusAreaId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() childrenAndYoungPeople!: boolean;
  @ApiProperty(STEP) step!: string;
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

export const toFocusAreaSummary = (f: CatalogueFocusArea): FocusAreaSummaryDto => ({ ...f });

export const toAgreementSummary = (a: CatalogueAgreement, focusAreas: Map<string, CatalogueFocusArea>): AgreementSummaryDto => ({
  agreementId: a.agreementId,
  name: a.name,
  municipality: a.municipality,
  period: a.period,
  // The catalogue keeps the kind as the registration stored it: one of PARTY_KINDS.
  parties: a.parties as PartyView[],
  focusAreas: a.focusAreaIds.flatMap((id) => {
    const f = focusAreas.get(id);
    return f ? [toFocusAreaSummary(f)] : [];
  }),
});
