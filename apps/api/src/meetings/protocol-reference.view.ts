import { ApiProperty } from '@nestjs/swagger';
import type { ProtocolReference } from '@samverkan/shared-kernel';

/** Where a decision was taken: the meeting and the paragraph (§) of its minutes. */
export class ProtocolReferenceView implements ProtocolReference {
  @ApiProperty({ example: 'b1f0c7e2-…' }) readonly meetingId!: string;
  @ApiProperty({ example: 4, minimum: 1 }) readonly paragraph!: number;
}
