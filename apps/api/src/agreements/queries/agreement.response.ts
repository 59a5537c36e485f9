import { ApiProperty } from '@nestjs/swagger';
import type { CatalogueAgreement, CatalogueFocusArea } from '../../catalogue/catalogue.projection.js';

export class FocusAreaSummaryDto {
  @ApiProperty() focusAreaId!: string;
  @ApiProperty() title!: string;
  @ApiProperty() childrenAndYoungPeople!: boolean;
  @ApiProperty({ enum: ['proposed', 'mapping', 'analysis', 'measures', 'evaluation', 'closed', 'withdrawn'] }) step!: string;
  @ApiProperty() cycle!: number;
  @ApiProperty({ nullable: true, description: 'The proposal waiting for the council, with the parties that have approved' })
  pendingProposal!: CatalogueFocusArea['pendingProposal'];
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

export const toFocusAreaSummary = (f: CatalogueFocusArea): FocusAreaSummaryDto => ({ ...f });

export const toAgreementSummary = (a: CatalogueAgreement, focusAreas: Map<string, CatalogueFocusArea>): AgreementSummaryDto => ({
  agreementId: a.agreementId,
  name: a.name,
  municipality: a.municipality,
  period: a.period,
  parties: a.parties,
  focusAreas: a.focusAreaIds.flatMap((id) => {
    const f = focusAreas.get(id);
    return f ? [toFocusAreaSummary(f)] : [];
  }),
});
