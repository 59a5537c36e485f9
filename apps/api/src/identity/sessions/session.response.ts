import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

export class SignInEvidenceView {
  @ApiProperty({ enum: ['password', 'oidc'] }) method!: 'password' | 'oidc';
  @ApiPropertyOptional() issuer?: string;
  @ApiPropertyOptional() acr?: string;
  @ApiPropertyOptional({ type: [String] }) amr?: string[];
}

/** Who is signed in, and the token every unsafe request of this session must carry as X-CSRF-Token. */
export class SessionView {
  @ApiProperty() userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty() administrator!: boolean;
  @ApiProperty({ type: SignInEvidenceView }) signIn!: SignInEvidenceView;
  @ApiProperty({ nullable: true, type: String, description: 'null when the caller used a bearer token (no CSRF needed)' })
  csrfToken!: string | null;
}

/** What an operation without a resource to answer says: that it was done. */
export class DoneView {
  @ApiProperty({ example: true }) done!: boolean;
}

export class SignInProviderView {
  @ApiProperty() id!: string;
  @ApiProperty() name!: string;
  @ApiProperty() startUrl!: string;
}

export class DemoSignInView {
  @ApiProperty({ example: 'samverkan-demo' }) password!: string;
}

/** What the sign-in page offers. */
export class SignInOptionsView {
  @ApiProperty() localAccounts!: boolean;
  @ApiProperty({ type: DemoSignInView, nullable: true }) demo!: DemoSignInView | null;
  @ApiProperty({ type: [SignInProviderView] }) providers!: SignInProviderView[];
}
