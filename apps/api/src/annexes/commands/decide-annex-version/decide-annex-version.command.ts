import { Command } from '@nestjs/cqrs';
import type { ProtocolReference } from '@samverkan/shared-kernel';
import type { RequestContext } from '../../../common/request-context.js';
import type { AnnexCommandOutcome } from '../../annex-commands.service.js';

export class DecideAnnexVersionCommand extends Command<AnnexCommandOutcome> {
  constructor(
    readonly agreementId: string,
    readonly annexId: string,
    readonly version: number,
    readonly data: { readonly decidedOn: string; readonly protocol?: ProtocolReference },
    readonly request: RequestContext,
  ) {
    super();
  }
}
