import { ApiProperty } from '@nestjs/swagger';
import type { ObligationKind } from '@samverkan/agreements';
import type { Step } from '@samverkan/cycle';
import type { LateMeasure, MeasureBoardStatus, ObligationState, ObligationStatus } from '@samverkan/read-models';
import { MEASURE_BOARD_STATUS, OBLIGATION_KIND, STEP } from '../../../common/responses/enums.js';
import type { LateAndDue } from './get-late-and-due.query.js';

const OBLIGATION_STATES: readonly ObligationState[] = ['met', 'due', 'overdue', 'notYetDue'];

export class LateMeasureView implements LateMeasure {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly focusAreaId!: string;
  @ApiProperty() readonly focusAreaTitle!: string;
  @ApiProperty(STEP) readonly step!: Step;
  @ApiProperty() readonly cycle!: number;
  @ApiProperty({ description: 'Left unfinished in an earlier cycle and not carried forward' }) readonly earlierCycle!: boolean;
  @ApiProperty() readonly measureId!: string;
  @ApiProperty() readonly activity!: string;
  @ApiProperty() readonly responsiblePartyId!: string;
  @ApiProperty() readonly responsibleFunction!: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) readonly dueDate!: string;
  @ApiProperty(MEASURE_BOARD_STATUS) readonly status!: MeasureBoardStatus;
  @ApiProperty() readonly daysOverdue!: number;
}

/** An obligation of the agreement judged on a day; its `status` is the obligation's, not a step. */
export class ObligationStatusView implements ObligationStatus {
  @ApiProperty(OBLIGATION_KIND) readonly kind!: ObligationKind;
  @ApiProperty() readonly description!: string;
  @ApiProperty({ type: String, nullable: true }) readonly source!: string | null;
  @ApiProperty({ enum: OBLIGATION_STATES, enumName: 'ObligationState' }) readonly status!: ObligationState;
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD' }) readonly dueBy!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'YYYY-MM-DD' }) readonly lastFulfilledOn!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Meetings held in the year judged' }) readonly count!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Meetings that year requires' }) readonly required!: number | null;
  @ApiProperty({ description: 'What the row judges, in Swedish' }) readonly periodLabel!: string;
}

export class LateAndDueView implements LateAndDue {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty({ description: 'YYYY-MM-DD' }) readonly today!: string;
  @ApiProperty({ type: [LateMeasureView] }) readonly lateMeasures!: LateMeasureView[];
  @ApiProperty({ type: [ObligationStatusView] }) readonly obligations!: ObligationStatusView[];
}
