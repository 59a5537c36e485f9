import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { versionOf } from '@samverkan/annexes';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { notFound } from '../../../common/problem.js';
import { AnnexCommands, type AnnexCommandOutcome } from '../../annex-commands.service.js';
import { SignAnnexVersionCommand } from './sign-annex-version.command.js';

/** A party's council representative (or substitute) signs a decided version on the party's behalf. */
@CommandHandler(SignAnnexVersionCommand)
export class SignAnnexVersionHandler implements ICommandHandler<SignAnnexVersionCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly commands: AnnexCommands,
  ) {}

  async execute({ agreementId, annexId, version, data, request }: SignAnnexVersionCommand): Promise<AnnexCommandOutcome> {
    const agreement = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireDecider(agreement, request.actor, data.partyId);
    const annex = await this.commands.loadOf(agreement, annexId);
    if (!versionOf(annex.state, version)) throw notFound(`Version ${version} of annex ${annexId}`);
    const command = { type: 'SignAnnexVersion' as const, data: { version, partyId: acting.partyId, signedOn: data.signedOn } };
    return this.commands.decideAndAppend(agreement, annex, command, request, acting);
  }
}
