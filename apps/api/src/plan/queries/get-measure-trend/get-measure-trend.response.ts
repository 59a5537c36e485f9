import { ApiProperty } from '@nestjs/swagger';
import type { MeasureStatusPoint } from '@samverkan/read-models';
import type { MeasureTrend } from './get-measure-trend.query.js';

export class MeasureStatusPointView implements MeasureStatusPoint {
  @ApiProperty({ description: 'The day (YYYY-MM-DD), as the plan stood at its end in Sweden' }) readonly at!: string;
  @ApiProperty() readonly green!: number;
  @ApiProperty() readonly yellow!: number;
  @ApiProperty() readonly red!: number;
  @ApiProperty() readonly done!: number;
  @ApiProperty() readonly notFollowedUp!: number;
  @ApiProperty() readonly late!: number;
}

export class MeasureTrendView implements MeasureTrend {
  @ApiProperty() readonly agreementId!: string;
  @ApiProperty() readonly from!: string;
  @ApiProperty() readonly to!: string;
  @ApiProperty({ type: [MeasureStatusPointView] }) readonly points!: MeasureStatusPointView[];
}
