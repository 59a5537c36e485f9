import { Inject, Injectable } from '@nestjs/common';
import {
  agreementDirectoryProjection,
  annexesProjection,
  type AnnexDoc,
  focusAreaBoardProjection,
  READ_MODEL_STORE,
  type AgreementDirectoryDoc,
  type FocusAreaBoardDoc,
  type ReadModelStore,
} from '@samverkan/read-models';

/**
 * The read-model documents the queries share: the agreement directory and the focus-area board.
 * No access rules here: queries go through ReadAccess, which asks these.
 */
@Injectable()
export class ReadModels {
  constructor(@Inject(READ_MODEL_STORE) private readonly store: ReadModelStore) {}

  async agreement(agreementId: string): Promise<AgreementDirectoryDoc | undefined> {
    return (await this.store.get<AgreementDirectoryDoc>(agreementDirectoryProjection.name, agreementId))?.doc;
  }

  /** Every agreement's entry (a few per municipality, so one read of them all). */
  async agreements(): Promise<AgreementDirectoryDoc[]> {
    return (await this.store.find<AgreementDirectoryDoc>(agreementDirectoryProjection.name, {})).items.map((item) => item.doc);
  }

  async board(agreementId: string): Promise<FocusAreaBoardDoc[]> {
    const page = await this.store.find<FocusAreaBoardDoc>(focusAreaBoardProjection.name, { agreementId });
    return page.items.map((item) => item.doc);
  }

  /** The agreement's annexes (a few each), one document per annex. */
  async annexes(agreementId: string): Promise<AnnexDoc[]> {
    return (await this.store.find<AnnexDoc>(annexesProjection.name, { agreementId })).items.map((item) => item.doc);
  }

  async annex(annexId: string): Promise<AnnexDoc | undefined> {
    return (await this.store.get<AnnexDoc>(annexesProjection.name, annexId))?.doc;
  }

  async focusArea(focusAreaId: string): Promise<FocusAreaBoardDoc | undefined> {
    return (await this.store.get<FocusAreaBoardDoc>(focusAreaBoardProjection.name, focusAreaId))?.doc;
  }
}
