import { Command } from '@nestjs/cqrs';
import type { RequestContext } from '../../../common/request-context.js';
import type { AnnexVersionOutcome } from '../../annex-command-outcome.dto.js';

export interface DraftFile {
  readonly fileName: string;
  readonly sha256: string;
}

export class DraftAnnexVersionCommand extends Command<AnnexVersionOutcome> {
  constructor(
    readonly agreementId: string,
    readonly annexId: string,
    readonly data: { readonly text: string; readonly files?: readonly DraftFile[]; readonly bindingPartyIds?: readonly string[] },
    readonly request: RequestContext,
  ) {
    super();
  }
}
