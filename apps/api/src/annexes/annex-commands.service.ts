import { Injectable } from '@nestjs/common';
import { decideAnnex, type AgreementPartyFact, type AnnexCommand, type AnnexFacts } from '@samverkan/annexes';
import { annexStreamId, swedishDateOf, type ProtocolReference } from '@samverkan/shared-kernel';
import type { LoadedAgreement } from '../agreements/agreement.repository.js';
import { notFound } from '../common/problem.js';
import { commandContextOf, type Acting, type RequestContext } from '../common/request-context.js';
import { Clock } from '../infrastructure/clock.js';
import { EventAppender } from '../infrastructure/event-appender.js';
import { AnnexRepository, type LoadedAnnex } from './annex.repository.js';

export interface AnnexCommandOutcome {
  readonly annexId: string;
  /** The annex stream's revision after the command: the new ETag. */
  readonly revision: number;
  /** The global position written, for read-your-writes. */
  readonly position: string;
}

/** The agreement's parties as the annex rules see them. */
const partiesOf = (agreement: LoadedAgreement): AgreementPartyFact[] =>
  agreement.state.status === 'registered' ? agreement.state.parties.map(({ partyId, kind }) => ({ partyId, kind })) : [];

/**
 * The steps every annex command shares: the annex must be the agreement's (404 otherwise, as for
 * an agreement the caller cannot see), the facts come from the agreement's stream and the clock,
 * and the events are appended at the revision they were decided on.
 */
@Injectable()
export class AnnexCommands {
  constructor(
    private readonly annexes: AnnexRepository,
    private readonly appender: EventAppender,
    private readonly clock: Clock,
  ) {}

  /** The annex of this agreement, or 404. */
  async loadOf(agreement: LoadedAgreement, annexId: string): Promise<LoadedAnnex> {
    const loaded = await this.annexes.load(annexId);
    if (loaded.state.status !== 'created' || loaded.state.agreementId !== agreement.agreementId) throw notFound(`Annex ${annexId}`);
    return loaded;
  }

  async decideAndAppend(
    agreement: LoadedAgreement,
    annex: Pick<LoadedAnnex, 'annexId' | 'state' | 'revision'>,
    command: AnnexCommand,
    request: RequestContext,
    acting: Acting,
    protocol?: ProtocolReference,
  ): Promise<AnnexCommandOutcome> {
    const now = this.clock.now();
    const facts: AnnexFacts = { today: swedishDateOf(now.toISOString()), parties: partiesOf(agreement), ...(protocol ? { protocol } : {}) };
    const result = await this.appender.append(
      {
        streamId: annexStreamId(annex.annexId),
        context: commandContextOf(request, acting, now),
        loadedRevision: annex.revision,
        ...(request.ifMatch === undefined ? {} : { ifMatch: request.ifMatch }),
      },
      () => decideAnnex(command, annex.state, facts),
    );
    return { annexId: annex.annexId, revision: result.nextExpectedRevision, position: result.position };
  }
}
