import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'samverkan:isPublic';
/** A route anyone may call (sign-in, health). Every other route needs a valid token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
