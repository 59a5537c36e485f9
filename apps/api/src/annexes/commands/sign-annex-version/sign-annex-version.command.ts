import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { AnnexCommandOutcome } from '../../annex-commands.service.js';

export class SignAnnexVersionCommand extends Command<AnnexCommandOutcome> {
  constructor(
    readonly agreementId: string,
    readonly annexId: string,
    readonly version: number,
    readonly data: { readonly signedOn: string; readonly partyId?: string },
    readonly request: RequestContext,
  ) {
    super();
  }
}
