import { Injectable } from '@nestjs/common';
import { decideAgreement, type AgreementCommand } from '@samverkan/agreements';
import type { Role } from '@samverkan/shared-kernel';
import { assertIfMatch } from '../common/etag.js';
import type { RequestContext } from '../common/request-context.js';
import { Clock } from '../infrastructure/clock.js';
import { EventAppender } from '../infrastructure/event-appender.js';
import { agreementStream } from '../infrastructure/streams.js';
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
    acting: { readonly role: Role; readonly partyId?: string } = { role: 'administrator' },
  ): Promise<AgreementCommandOutcome> {
    if (acting.role === 'administrator') this.access.requireAdministrator(request.actor);
    const loaded = await this.agreements.load(agreementId);
    assertIfMatch(request.ifMatch, loaded.revision);
    const events = decideAgreement(command, loaded.state);
    const result = await this.appender.append({
      streamId: agreementStream(agreementId),
      events,
      context: {
        actorId: request.actor.userId,
        actorRole: acting.role,
        ...(acting.partyId ? { onBehalfOfPartyId: acting.partyId } : {}),
        now: this.clock.now().toISOString(),
        correlationId: request.correlationId,
      },
      loadedRevision: loaded.revision,
      ...(request.ifMatch === undefined ? {} : { ifMatch: request.ifMatch }),
    });
    return { agreementId, revision: result.nextExpectedRevision, position: result.position };
  }
}
