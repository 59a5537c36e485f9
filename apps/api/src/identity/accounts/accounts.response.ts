import { ApiProperty } from '@nestjs/swagger';
import type { AccountRecord, InvitationRecord, PendingSignInRecord } from './account-store.port.js';

/** An account as an administrator sees it: never its password hash. */
export class AccountView {
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'null once the account is removed' }) displayName!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty() administrator!: boolean;
  @ApiProperty({ enum: ['active', 'disabled', 'removed'] }) status!: 'active' | 'disabled' | 'removed';
  @ApiProperty() hasPassword!: boolean;
  @ApiProperty() createdAt!: string;
  @ApiProperty() updatedAt!: string;
}

export class PasswordLinkView {
  @ApiProperty({ description: 'Give it to the person: it sets their password once, within a week', example: '/losenord/…' })
  passwordLink!: string;
}

export class CreatedAccountView extends PasswordLinkView {
  @ApiProperty({ type: AccountView }) account!: AccountView;
}

export class InvitationView {
  @ApiProperty() id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() accountId!: string;
  @ApiProperty() expiresAt!: string;
  @ApiProperty() createdAt!: string;
}

export class InvitedAccountView {
  @ApiProperty({ type: AccountView }) account!: AccountView;
  @ApiProperty({ type: InvitationView }) invitation!: InvitationView;
}

export class PendingSignInView {
  @ApiProperty() id!: string;
  @ApiProperty() issuer!: string;
  @ApiProperty() subject!: string;
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty() firstSeenAt!: string;
}

export const accountView = (a: AccountRecord): AccountView => ({
  id: a.id,
  username: a.username,
  displayName: a.displayName,
  email: a.email,
  administrator: a.administrator,
  status: a.status,
  hasPassword: a.passwordHash !== null,
  createdAt: a.createdAt,
  updatedAt: a.updatedAt,
});

export const invitationView = (i: InvitationRecord): InvitationView => ({ ...i });
export const pendingView = (p: PendingSignInRecord): PendingSignInView => ({ ...p });
