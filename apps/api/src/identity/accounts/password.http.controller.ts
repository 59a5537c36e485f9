import { Body, Controller, HttpCode, Post, Put, Req } from '@nestjs/common';
import { ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/api-problems.decorator.js';
import type { Actor } from '../actor.js';
import type { AuthenticatedRequest } from '../authentication.guard.js';
import { Public } from '../public.decorator.js';
import { DoneView } from '../sessions/session.response.js';
import { AccountAdministration } from './account-administration.service.js';
import { ChangePasswordRequestDto, SetPasswordByLinkRequestDto } from './accounts.request.dto.js';

/** A person's own password: changed when signed in, or set once through a one-time link. */
@ApiTags('auth')
@Controller('auth')
export class PasswordController {
  constructor(private readonly admin: AccountAdministration) {}

  @Put('password')
  @HttpCode(200)
  @ApiOkResponse({ type: DoneView, description: 'Changed' })
  @ApiProblems(400, 401, 403, 422)
  async change(@Body() body: ChangePasswordRequestDto, @Req() request: AuthenticatedRequest): Promise<DoneView> {
    const actor = request.actor as Actor;
    await this.admin.changePassword(actor.userId, body.currentPassword, body.newPassword, request.session?.session.idHash);
    return { done: true };
  }

  @Public()
  @Post('password-link')
  @HttpCode(200)
  @ApiOkResponse({ type: DoneView, description: 'The password is set and the link used up; sign in with it' })
  @ApiProblems(400, 422)
  async setByLink(@Body() body: SetPasswordByLinkRequestDto): Promise<DoneView> {
    await this.admin.setPasswordByLink(body.token, body.newPassword);
    return { done: true };
  }
}
