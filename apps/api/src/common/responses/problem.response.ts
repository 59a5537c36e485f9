import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import type { FieldError, ProblemDetails } from '../problem.js';

export class FieldErrorView implements FieldError {
  @ApiProperty({ example: 'dueDate' }) readonly field!: string;
  @ApiProperty({ type: [String] }) readonly messages!: string[];
}

/** RFC 9457 problem details, as every refusal of the API says it (`application/problem+json`). */
export class ProblemView implements ProblemDetails {
  @ApiProperty({ example: 'https://samverkan.se/problems/rule-broken' }) readonly type!: string;
  @ApiProperty({ example: 'Unprocessable Content' }) readonly title!: string;
  @ApiProperty({ example: 422 }) readonly status!: number;
  @ApiPropertyOptional({ description: 'In Swedish where it is shown to officials' }) readonly detail?: string;
  @ApiPropertyOptional({ description: 'The request path' }) readonly instance?: string;
  @ApiPropertyOptional({ description: '422: the business rule that refused', example: 'MeasureDueWithinAgreementPeriod' }) readonly rule?: string;
  @ApiPropertyOptional({
    description: '422: the request field the rule concerns, as a path, where one applies',
    example: 'parties[1].organisationNumber',
  })
  readonly field?: string;
  @ApiPropertyOptional({ type: [FieldErrorView], description: '400: each invalid field and why' }) readonly errors?: FieldErrorView[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: '409/412: the current revision' }) readonly currentRevision?: number | null;
}
