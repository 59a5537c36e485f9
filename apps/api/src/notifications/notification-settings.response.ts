import { ApiProperty } from '@nestjs/swagger';
import { NOTIFICATION_KINDS, type NotificationKind } from '@samverkan/notifications';

export class NotificationSettingsView {
  @ApiProperty({ type: String, nullable: true })
  email!: string | null;

  @ApiProperty({ enum: NOTIFICATION_KINDS, isArray: true })
  kinds!: NotificationKind[];

  @ApiProperty()
  dueWithinDays!: number;

  @ApiProperty({ description: 'False when this installation has no SMTP server: nothing is sent, whatever is chosen' })
  mailEnabled!: boolean;
}
