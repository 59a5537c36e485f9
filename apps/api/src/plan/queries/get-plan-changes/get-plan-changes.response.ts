import { ApiProperty } from '@nestjs/swagger';
import type { PlanChange, PlanChangeKind } from '@samverkan/read-models';
import type { PlanChanges } from './get-plan-changes.query.js';

export class PlanChangeView implements PlanChange {
  @ApiProperty({ type: String, description: 'What kind of change (focusAreaAdded, stepChanged, measureStatusChanged …)' }) readonly kind!: PlanChangeKind;
  @ApiProperty({ type: String, nullable: true }) readonly focusAreaId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly focusAreaTitle!: string | null;
  @ApiProperty({ type: Number, nullable: true }) readonly cycle!: number | null;
  @ApiProperty({ type: String, nullable: true }) readonly subjectId!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly before!: string | null;
  @ApiProperty({ type: String, nullable: true }) readonly after!: string | null;
  @ApiProperty({ description: 'One Swedish sentence' }) readonly description!: string;
}

export class PlanChangesView implements PlanChanges {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly from!: string;
  @ApiProperty() readonly to!: string;
  @ApiProperty({ type: String, nullable: true, description: "When the agreement's log began (ISO-8601 instant): a period before it has no changes" })
  readonly logBeganAt!: string | null;
  @ApiProperty({ type: [PlanChangeView] }) readonly changes!: PlanChangeView[];
}
