import { Inject, Injectable } from '@nestjs/common';
import {
  PROJECTION_RUNNER,
  READ_MODEL_STORE,
  citedParagraphsOf,
  meetingsProjection,
  type MeetingDoc,
  type ProjectionRunner,
  type ReadModelStore,
} from '@samverkan/read-models';
import { ReadModelConsistency } from '../read-models/consistency.js';

/** The meetings read model, for the meeting queries, the obligations, and the lookups a meeting command needs. */
@Injectable()
export class MeetingsReadModel {
  constructor(
    @Inject(READ_MODEL_STORE) private readonly store: ReadModelStore,
    @Inject(PROJECTION_RUNNER) private readonly runner: ProjectionRunner,
    private readonly consistency: ReadModelConsistency,
  ) {}

  async meeting(meetingId: string): Promise<MeetingDoc | undefined> {
    return (await this.store.get<MeetingDoc>(meetingsProjection.name, meetingId))?.doc;
  }

  /** The agreement's meetings, by date. */
  async ofAgreement(agreementId: string): Promise<MeetingDoc[]> {
    return (await this.store.find<MeetingDoc>(meetingsProjection.name, { agreementId })).items.map((item) => item.doc);
  }

  /** Each meeting held, by body and day: what the meetings-per-year obligations count. */
  async heldIn(agreementId: string): Promise<{ body: MeetingDoc['body']; heldOn: string }[]> {
    return (await this.ofAgreement(agreementId)).flatMap((m) => (m.heldOn === null ? [] : [{ body: m.body, heldOn: m.heldOn }]));
  }

  /**
   * The paragraphs decisions cite, as of the last event written: the command waits for the read
   * models to reach the log's head first, so a decision recorded a moment ago is counted. (A
   * decision appended between this look-up and the agenda change is the one race left; the
   * decision's own check reads the meeting's stream, so it never cites a paragraph that is gone.)
   */
  async citedParagraphs(meetingId: string): Promise<number[]> {
    const head = (await this.runner.status())[0]?.head ?? undefined;
    if (head) await this.consistency.atLeast(head);
    const doc = await this.meeting(meetingId);
    return doc ? citedParagraphsOf(doc) : [];
  }
}
