import { Command } from '@nestjs/cqrs';
import type { RevokeRoleData } from '@samverkan/agreements';
import type { RequestContext } from '../../../common/request-context.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';

export class RevokeRoleCommand extends Command<AgreementCommandOutcome> {
  constructor(
    readonly data: RevokeRoleData,
    readonly request: RequestContext,
  ) {
    super();
  }
}
