import { Injectable } from '@nestjs/common';
import { decideFocusArea, FOCUS_AREA_MACHINE_VERSION, type FocusAreaCommand, type DecisionFacts } from '@samverkan/cycle';
import type { AgreementRole } from '@samverkan/agreements';
import { assertIfMatch } from '../common/etag.js';
import type { RequestContext } from '../common/request-context.js';
import { Clock } from '../infrastructure/clock.js';
import { EventAppender } from '../infrastructure/event-appender.js';
import { focusAreaStream } from '../infrastructure/streams.js';
import type { LoadedFocusArea } from './focus-area.repository.js';

export interface CommandOutcome {
  readonly focusAreaId: string;
  /** The stream revision after the command: the new ETag. */
  readonly revision: number;
  /** The global position written, for read-your-writes. */
  readonly position: string;
}

export interface Acting {
  readonly role: AgreementRole;
  readonly partyId?: string;
}

/** The five lines every focus-area command shares: decide on the loaded state, append at its revision. */
@Injectable()
export class FocusAreaCommands {
  constructor(
    private readonly appender: EventAppender,
    private readonly clock: Clock,
  ) {}

  async decideAndAppend(
    loaded: Pick<LoadedFocusArea, 'focusAreaId' | 'state' | 'revision'>,
    command: FocusAreaCommand,
    request: RequestContext,
    acting: Acting,
    facts?: DecisionFacts,
  ): Promise<CommandOutcome> {
    assertIfMatch(request.ifMatch, loaded.revision);
    const events = decideFocusArea(command, loaded.state, facts);
    const context = {
      actorId: request.actor.userId,
      actorRole: acting.role,
      ...(acting.partyId ? { onBehalfOfPartyId: acting.partyId } : {}),
      now: this.clock.now().toISOString(),
      correlationId: request.correlationId,
    };
    const result = await this.appender.append({
      streamId: focusAreaStream(loaded.focusAreaId),
      events,
      context,
      loadedRevision: loaded.revision,
      ...(request.ifMatch === undefined ? {} : { ifMatch: request.ifMatch }),
      machineVersion: FOCUS_AREA_MACHINE_VERSION,
    });
    return { focusAreaId: loaded.focusAreaId, revision: result.nextExpectedRevision, position: result.position };
  }
}
