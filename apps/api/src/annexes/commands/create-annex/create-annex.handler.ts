import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { singleAnnexIdOf } from '@samverkan/annexes';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { IdGenerator } from '../../../infrastructure/clock.js';
import { AnnexCommands, type AnnexCommandOutcome } from '../../annex-commands.service.js';
import { AnnexRepository } from '../../annex.repository.js';
import { CreateAnnexCommand } from './create-annex.command.js';

/** A coordinator opens an annex of the agreement; its versions follow. */
@CommandHandler(CreateAnnexCommand)
export class CreateAnnexHandler implements ICommandHandler<CreateAnnexCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly annexes: AnnexRepository,
    private readonly commands: AnnexCommands,
    private readonly ids: IdGenerator,
  ) {}

  async execute({ agreementId, data, request }: CreateAnnexCommand): Promise<AnnexCommandOutcome> {
    const agreement = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireRole(agreement, request.actor, 'coordinator');
    const annexId = data.kind === 'citizenPromise' ? (data.annexId ?? this.ids.newId()) : singleAnnexIdOf(agreementId, data.kind);
    const annex = await this.annexes.load(annexId);
    const command = { type: 'CreateAnnex' as const, data: { annexId, agreementId, kind: data.kind, title: data.title } };
    return this.commands.decideAndAppend(agreement, annex, command, request, acting);
  }
}
