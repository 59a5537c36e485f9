import { Query } from '@nestjs/cqrs';
import type { ProposalMaterial } from '@samverkan/read-models';
import type { Actor } from '../../../identity/actor.js';

export class GetProposalMaterialQuery extends Query<ProposalMaterial> {
  constructor(
    readonly focusAreaId: string,
    readonly proposalId: string,
    readonly actor: Actor,
  ) {
    super();
  }
}
