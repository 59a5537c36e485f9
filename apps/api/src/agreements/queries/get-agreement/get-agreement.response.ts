import { ApiProperty } from '@nestjs/swagger';
import type { RegisteredAgreement, RoleAssignment } from '@samverkan/agreements';
import { FocusAreaSummaryDto } from '../agreement.response.js';

export class AgreementDetailDto {
  @ApiProperty({ description: 'Stream revision of the agreement (also the ETag)' }) revision!: number;
  @ApiProperty({ description: 'Parties, period, council, decision policy and obligations' })
  agreement!: Omit<RegisteredAgreement, 'status' | 'roles'>;
  @ApiProperty({ description: 'Who holds which role, as functions' }) roles!: readonly RoleAssignment[];
  @ApiProperty({ description: 'Your own roles in this agreement' }) yourRoles!: readonly RoleAssignment[];
  @ApiProperty({ type: [FocusAreaSummaryDto] }) focusAreas!: FocusAreaSummaryDto[];
}
