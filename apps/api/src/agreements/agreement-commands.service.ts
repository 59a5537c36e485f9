import { Injectable } from '@nestjs/common';
import { decideAgreement, type AgreementCommand } from '@samverkan/agreements';
import { agreementStreamId } from '@samverkan/shared-kernel';
import { commandContextOf, type Acting, type RequestContext } from '../common/request-context.js';
import { Clock } from '../infrastructure/clock.js';
import { EventAppender } from '../infrastructure/event-appender.js';
import { AgreementAccess } from './agreement-access.js';
import { AgreementRepository } from './agreement.repository.js';

export interface AgreementCommandOutcome {
  readonly agreementId: string;
  readonly revision: number;
  readonly position: string;
}

/**
 * Commands on an agreement's stream: load, decide, append at the loaded revision. The handler has
 * already checked the right (administrator, or a role in the agreement) and says which it used.
 */
@Injectable()
export class AgreementCommands {
  constructor(
    private readonly agreements: AgreementRepository,
    private readonly access: AgreementAccess,
    private readonly appender: EventAppender,
    private readonly clock: Clock,
  ) {}

  async execute(
    agreementId: string,
    command: AgreementCommand,
    request: RequestContext,
    acting: Acting = { role: 'administrator' },
  ): Promise<AgreementCommandOutcome> {
    if (acting.role === 'administrator') this.access.requireAdministrator(request.actor);
    const loaded = await this.agreements.load(agreementId);
    const result = await this.appender.append(
      {
        streamId: agreementStreamId(agreementId),
        context: commandContextOf(request, acting, this.clock.now()),
        loadedRevision: loaded.revision,
        ...(request.ifMatch === undefined ? {} : { ifMatch: request.ifMatch }),
      },
      () => decideAgreement(command, loaded.state),
    );
    return { agreementId, revision: result.nextExpectedRevision, position: result.position };
  }
}
