import { Injectable } from '@nestjs/common';
import { decideFocusArea, FOCUS_AREA_MACHINE_VERSION, type FocusAreaCommand, type DecisionFacts } from '@samverkan/cycle';
import type { AgreementRole } from '@samverkan/agreements';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import { commandContextOf, type RequestContext } from '../common/request-context.js';
import { Clock } from '../infrastructure/clock.js';
import { EventAppender } from '../infrastructure/event-appender.js';
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
    const result = await this.appender.append(
      {
        streamId: focusAreaStreamId(loaded.focusAreaId),
        context: commandContextOf(request, acting, this.clock.now()),
        loadedRevision: loaded.revision,
        ...(request.ifMatch === undefined ? {} : { ifMatch: request.ifMatch }),
        machineVersion: FOCUS_AREA_MACHINE_VERSION,
      },
      () => decideFocusArea(command, loaded.state, facts),
    );
    return { focusAreaId: loaded.focusAreaId, revision: result.nextExpectedRevision, position: result.position };
  }
}
