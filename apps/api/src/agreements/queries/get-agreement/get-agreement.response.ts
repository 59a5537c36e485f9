import { ApiProperty } from '@nestjs/swagger';
import type { RegisteredAgreement, RoleAssignment } from '@samverkan/agreements';
import { AgreementView, RoleAssignmentView } from '../../../common/responses/agreement.response.js';
import { FocusAreaSummaryDto } from '../agreement.response.js';

export class AgreementDetailDto {
  @ApiProperty({ description: 'Stream revision of the agreement (also the ETag)' }) revision!: number;
  @ApiProperty({ type: AgreementView, description: 'Parties, period, council, decision policy, obligations and their fulfilments' })
  agreement!: Omit<RegisteredAgreement, 'status' | 'roles'>;
  @ApiProperty({ type: [RoleAssignmentView], description: 'Who holds which role, as functions' }) roles!: readonly RoleAssignment[];
  @ApiProperty({ type: [RoleAssignmentView], description: 'Your own roles in this agreement' }) yourRoles!: readonly RoleAssignment[];
  @ApiProperty({ type: [FocusAreaSummaryDto] }) focusAreas!: FocusAreaSummaryDto[];
}
