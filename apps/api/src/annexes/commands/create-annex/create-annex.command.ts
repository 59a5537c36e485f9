import { Command } from '@nestjs/cqrs';
import type { AnnexKind } from '@samverkan/annexes';
import type { RequestContext } from '../../../common/request-context.js';
import type { AnnexCommandOutcome } from '../../annex-commands.service.js';

export class CreateAnnexCommand extends Command<AnnexCommandOutcome> {
  constructor(
    readonly agreementId: string,
    readonly data: { readonly kind: AnnexKind; readonly title: string; readonly annexId?: string },
    readonly request: RequestContext,
  ) {
    super();
  }
}
