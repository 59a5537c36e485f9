import { Command } from '@nestjs/cqrs';
import type { AssignRoleData } from '@samverkan/agreements';
import type { RequestContext } from '../../../common/request-context.js';
import type { AgreementCommandOutcome } from '../../agreement-commands.service.js';

export class AssignRoleCommand extends Command<AgreementCommandOutcome> {
  constructor(
    readonly data: AssignRoleData,
    readonly request: RequestContext,
  ) {
    super();
  }
}
