import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { versionOf } from '@samverkan/annexes';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { notFound } from '../../../common/problem.js';
import { Clock } from '../../../infrastructure/clock.js';
import { MeetingCitations } from '../../../meetings/meeting-citations.js';
import { AnnexCommands, type AnnexCommandOutcome } from '../../annex-commands.service.js';
import { DecideAnnexVersionCommand } from './decide-annex-version.command.js';

/** A coordinator records the council's decision of a version: its day and, when held in the app, the meeting's paragraph. */
@CommandHandler(DecideAnnexVersionCommand)
export class DecideAnnexVersionHandler implements ICommandHandler<DecideAnnexVersionCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly commands: AnnexCommands,
    private readonly citations: MeetingCitations,
    private readonly clock: Clock,
  ) {}

  async execute({ agreementId, annexId, version, data, request }: DecideAnnexVersionCommand): Promise<AnnexCommandOutcome> {
    const agreement = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireRole(agreement, request.actor, 'coordinator');
    const annex = await this.commands.loadOf(agreement, annexId);
    if (!versionOf(annex.state, version)) throw notFound(`Version ${version} of annex ${annexId}`);
    const subject = { kind: 'annexVersion' as const, annexId, version };
    const on = this.clock.todayInSweden();
    const protocol = data.protocol && (await this.citations.check({ agreementId, protocol: data.protocol, subject, on }));
    const command = { type: 'DecideAnnexVersion' as const, data: { version, decidedOn: data.decidedOn } };
    return this.commands.decideAndAppend(agreement, annex, command, request, acting, protocol);
  }
}
