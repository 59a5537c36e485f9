import { Type } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Matches, MinLength, ValidateNested } from 'class-validator';

/** One account of the embedded identity store: only a bcrypt hash of the password is kept. */
export class Account {
  @Matches(/^[a-z0-9][a-z0-9._-]{1,63}$/, { message: 'username must be 2-64 of a-z, 0-9, ".", "_", "-"' })
  username!: string;

  @IsString()
  @MinLength(1)
  displayName!: string;

  @Matches(/^\$2[aby]\$\d{2}\$[./A-Za-z0-9]{53}$/, { message: 'passwordHash must be a bcrypt hash' })
  passwordHash!: string;

  @IsOptional()
  @IsBoolean()
  administrator?: boolean;
}

export class AccountsFile {
  @ValidateNested({ each: true })
  @Type(() => Account)
  accounts!: Account[];
}
