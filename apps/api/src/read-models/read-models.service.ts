import { Inject, Injectable } from '@nestjs/common';
import {
  agreementDirectoryProjection,
  focusAreaBoardProjection,
  READ_MODEL_STORE,
  type AgreementDirectoryDoc,
  type FocusAreaBoardDoc,
  type ReadModelStore,
} from '@samverkan/read-models';
import { notFound } from '../common/problem.js';

/** The read-model documents the queries share: one agreement's directory entry and its board. */
@Injectable()
export class ReadModels {
  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  async agreement(agreementId: string): Promise<AgreementDirectoryDoc> {
    const found = await this.store.get<AgreementDirectoryDoc>(agreementDirectoryProjection.name, agreementId);
    if (!found) throw notFound(`Agreement ${agreementId}`);
    return found.doc;
  }

  async board(agreementId: string): Promise<FocusAreaBoardDoc[]> {
    const page = await this.store.find<FocusAreaBoardDoc>(focusAreaBoardProjection.name, { agreementId });
    return page.items.map((item) => item.doc);
  }

  async focusArea(focusAreaId: string): Promise<FocusAreaBoardDoc | undefined> {
    return (await this.store.get<FocusAreaBoardDoc>(focusAreaBoardProjection.name, focusAreaId))?.doc;
  }
}
