import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import type { AnnexFile } from '@samverkan/annexes';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { unprocessable } from '../../../common/problem.js';
import type { AnnexVersionOutcome } from '../../annex-command-outcome.dto.js';
import { AnnexCommands } from '../../annex-commands.service.js';
import { AnnexFileStore } from '../../files/annex-file-store.port.js';
import { DraftAnnexVersionCommand, type DraftFile } from './draft-annex-version.command.js';

/** A coordinator writes a new version; the attached files must have been uploaded, and their type and size are the store's. */
@CommandHandler(DraftAnnexVersionCommand)
export class DraftAnnexVersionHandler implements ICommandHandler<DraftAnnexVersionCommand> {
  constructor(
    private readonly access: AgreementAccess,
    private readonly commands: AnnexCommands,
    @Inject(AnnexFileStore) private readonly files: AnnexFileStore,
  ) {}

  async execute({ agreementId, annexId, data, request }: DraftAnnexVersionCommand): Promise<AnnexVersionOutcome> {
    const agreement = await this.access.loadVisible(agreementId, request.actor);
    const acting = this.access.requireRole(agreement, request.actor, 'coordinator');
    const annex = await this.commands.loadOf(agreement, annexId);
    const files = await Promise.all((data.files ?? []).map((file, i) => this.uploaded(file, i)));
    const command = {
      type: 'DraftAnnexVersion' as const,
      data: { text: data.text, files, ...(data.bindingPartyIds ? { bindingPartyIds: data.bindingPartyIds } : {}) },
    };
    const outcome = await this.commands.decideAndAppend(agreement, annex, command, request, acting);
    return { ...outcome, version: annex.state.status === 'created' ? annex.state.versions.length + 1 : 1 };
  }

  private async uploaded({ fileName, sha256 }: DraftFile, i: number): Promise<AnnexFile> {
    const kept = await this.files.describe(sha256);
    if (!kept)
      throw unprocessable('AnnexFileIsUploaded', `Filen ${fileName} har inte laddats upp (ingen fil med kontrollsumman ${sha256}).`, `files[${i}].sha256`);
    return { fileName, mediaType: kept.mediaType, sha256, bytes: kept.bytes };
  }
}
