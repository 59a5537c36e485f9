import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { lateMeasures, obligationStatuses, validAnnexVersions } from '@samverkan/read-models';
import { MeetingsReadModel } from '../../../meetings/meetings-read-model.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { GetLateAndDueQuery, type LateAndDue } from './get-late-and-due.query.js';

/** Measures past their due date and not done, and the agreement's obligations as due, met or overdue. */
@QueryHandler(GetLateAndDueQuery)
export class GetLateAndDueHandler implements IQueryHandler<GetLateAndDueQuery> {
  constructor(
    private readonly access: ReadAccess,
    private readonly readModels: ReadModels,
    private readonly meetings: MeetingsReadModel,
  ) {}

  async execute({ agreementId, today, actor }: GetLateAndDueQuery): Promise<LateAndDue> {
    const agreement = await this.access.agreement(agreementId, actor);
    const [docs, annexes, meetingsHeld] = await Promise.all([
      this.readModels.board(agreementId),
      this.readModels.annexes(agreementId),
      this.meetings.heldIn(agreementId),
    ]);
    const obligations = obligationStatuses({ ...agreement, meetingsHeld, validAnnexVersions: validAnnexVersions(annexes) }, today);
    return { agreementId, today, lateMeasures: lateMeasures(docs, today), obligations };
  }
}
