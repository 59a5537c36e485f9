import { Body, Controller, Delete, Get, HttpCode, Param, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { ApiProblems } from '../../common/api-problems.decorator.js';
import { forbidden } from '../../common/problem.js';
import type { Actor } from '../actor.js';
import { DoneView } from '../sessions/session.response.js';
import { CurrentActor } from '../current-actor.decorator.js';
import { AccountAdministration } from './account-administration.service.js';
import { AccountIdParams, ApprovePendingSignInRequestDto, CreateAccountRequestDto, InviteRequestDto } from './accounts.request.dto.js';
import {
  accountView,
  AccountView,
  CreatedAccountView,
  invitationView,
  InvitationView,
  InvitedAccountView,
  PasswordLinkView,
  pendingView,
  PendingSignInView,
} from './accounts.response.js';

const administratorOnly = (actor: Actor): void => {
  if (!actor.administrator) throw forbidden('Managing accounts needs the administrator right.');
};

/** Account administration: administrators only. */
@ApiTags('accounts')
@Controller('accounts')
export class AccountsController {
  constructor(private readonly admin: AccountAdministration) {}

  @Get()
  @ApiOkResponse({ type: [AccountView] })
  @ApiProblems(401, 403)
  async list(@CurrentActor() actor: Actor): Promise<AccountView[]> {
    administratorOnly(actor);
    return (await this.admin.list()).map(accountView);
  }

  @Post()
  @ApiCreatedResponse({ type: CreatedAccountView, description: 'The account and its one-time password link' })
  @ApiProblems(400, 401, 403, 409)
  async create(@Body() body: CreateAccountRequestDto, @CurrentActor() actor: Actor): Promise<CreatedAccountView> {
    administratorOnly(actor);
    const { account, passwordLink } = await this.admin.createLocal(body);
    return { account: accountView(account), passwordLink };
  }

  @Get('invitations')
  @ApiOkResponse({ type: [InvitationView] })
  @ApiProblems(401, 403)
  async invitations(@CurrentActor() actor: Actor): Promise<InvitationView[]> {
    administratorOnly(actor);
    return (await this.admin.listInvitations()).map(invitationView);
  }

  @Post('invitations')
  @ApiCreatedResponse({ type: InvitedAccountView, description: 'The first sign-in through a provider with this verified e-mail links to the account' })
  @ApiProblems(400, 401, 403)
  async invite(@Body() body: InviteRequestDto, @CurrentActor() actor: Actor): Promise<InvitedAccountView> {
    administratorOnly(actor);
    const { account, invitation } = await this.admin.invite(body);
    return { account: accountView(account), invitation: invitationView(invitation) };
  }

  @Get('pending-sign-ins')
  @ApiOkResponse({ type: [PendingSignInView] })
  @ApiProblems(401, 403)
  async pending(@CurrentActor() actor: Actor): Promise<PendingSignInView[]> {
    administratorOnly(actor);
    return (await this.admin.listPending()).map(pendingView);
  }

  @Post('pending-sign-ins/:id/approve')
  @HttpCode(200)
  @ApiOkResponse({ type: AccountView, description: 'The account the identity is now linked to' })
  @ApiProblems(400, 401, 403, 404)
  async approve(@Param() { id }: AccountIdParams, @Body() body: ApprovePendingSignInRequestDto, @CurrentActor() actor: Actor): Promise<AccountView> {
    administratorOnly(actor);
    return accountView(await this.admin.approve(id, body));
  }

  @Delete('pending-sign-ins/:id')
  @HttpCode(200)
  @ApiOkResponse({ type: DoneView, description: 'Denied: the pending sign-in is gone' })
  @ApiProblems(400, 401, 403, 404)
  async deny(@Param() { id }: AccountIdParams, @CurrentActor() actor: Actor): Promise<DoneView> {
    administratorOnly(actor);
    await this.admin.deny(id);
    return { done: true };
  }

  @Post(':id/disable')
  @HttpCode(200)
  @ApiOkResponse({ type: AccountView, description: 'Disabled: its sessions end and its tokens stop working' })
  @ApiProblems(400, 401, 403, 404, 422)
  async disable(@Param() { id }: AccountIdParams, @CurrentActor() actor: Actor): Promise<AccountView> {
    administratorOnly(actor);
    return accountView(await this.admin.disable(id, actor.userId));
  }

  @Post(':id/enable')
  @HttpCode(200)
  @ApiOkResponse({ type: AccountView })
  @ApiProblems(400, 401, 403, 404)
  async enable(@Param() { id }: AccountIdParams, @CurrentActor() actor: Actor): Promise<AccountView> {
    administratorOnly(actor);
    return accountView(await this.admin.enable(id));
  }

  @Post(':id/password-link')
  @HttpCode(200)
  @ApiOkResponse({ type: PasswordLinkView, description: 'A new one-time link; any older one stops working' })
  @ApiProblems(400, 401, 403, 404, 422)
  async resetPassword(@Param() { id }: AccountIdParams, @CurrentActor() actor: Actor): Promise<PasswordLinkView> {
    administratorOnly(actor);
    return { passwordLink: await this.admin.resetPassword(id) };
  }

  @Delete(':id')
  @HttpCode(200)
  @ApiOkResponse({ type: AccountView, description: 'Removed: the id stays in history, the personal data is erased' })
  @ApiProblems(400, 401, 403, 404, 422)
  async remove(@Param() { id }: AccountIdParams, @CurrentActor() actor: Actor): Promise<AccountView> {
    administratorOnly(actor);
    return accountView(await this.admin.remove(id, actor.userId));
  }
}
