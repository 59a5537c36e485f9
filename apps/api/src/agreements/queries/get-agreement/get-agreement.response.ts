import { ApiProperty } from '@nestjs/swagger';
import type { AgreementTerms, RegisteredAgreement, RoleAssignment } from '@samverkan/agreements';
import { AgreementView, RoleAssignmentView, TermsVersionView } from '../../../common/responses/agreement.response.js';
import { AmendmentView } from '../../../common/responses/amendment.response.js';
import { FocusAreaSummaryDto } from '../agreement.response.js';
import { OverallGoalView } from './overall-goals.response.js';

export class TermsInForceView extends TermsVersionView {
  @ApiProperty({ description: 'The day asked about (YYYY-MM-DD): `on`, or today in Sweden' }) readonly on!: string;
}

export class AgreementDetailDto {
  @ApiProperty({ description: 'Stream revision of the agreement (also the ETag)' }) revision!: number;
  @ApiProperty({
    type: AgreementView,
    description: 'The agreement as last amended: parties, period, council, policy, signatories, obligations and their fulfilments',
  })
  agreement!: Omit<RegisteredAgreement, 'status' | 'roles' | 'termsHistory' | 'amendments'>;
  @ApiProperty({ type: TermsInForceView, description: 'The terms in force on the day asked about' })
  termsInForce!: { on: string; effectiveFrom: string; amendmentId: string | null; terms: AgreementTerms };
  @ApiProperty({ type: [TermsVersionView], description: 'The terms as signed, then as each amendment made them, with the day each took effect' })
  termsHistory!: TermsVersionView[];
  @ApiProperty({ type: [AmendmentView], description: 'Every amendment proposed, with the parties’ answers' }) amendments!: AmendmentView[];
  @ApiProperty({ type: [RoleAssignmentView], description: 'Who holds which role, as functions' }) roles!: readonly RoleAssignment[];
  @ApiProperty({ type: [RoleAssignmentView], description: 'Your own roles in this agreement' }) yourRoles!: readonly RoleAssignment[];
  @ApiProperty({ type: [FocusAreaSummaryDto] }) focusAreas!: FocusAreaSummaryDto[];
  @ApiProperty({ type: [OverallGoalView], description: "The agreement's overall goals, each with the focus areas' goals that contribute to it" })
  overallGoals!: OverallGoalView[];
}
