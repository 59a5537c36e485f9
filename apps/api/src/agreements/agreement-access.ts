import { Injectable } from '@nestjs/common';
import { isMember, mayDecideFor, partiesUserMayDecideFor, rolesOf, type AgreementRole } from '@samverkan/agreements';
import { forbidden, notFound } from '../common/problem.js';
import { maySeeAgreement, type Actor } from '../identity/actor.js';
import { AgreementRepository, type LoadedAgreement } from './agreement.repository.js';

const ROLE_NAMES: Record<AgreementRole, string> = {
  coordinator: 'coordinator',
  councilRepresentative: 'council representative',
  councilSubstitute: 'council substitute',
  auditor: 'auditor',
};

/**
 * Who may do what in an agreement, for commands: from the agreement's stream, which the command
 * decides on anyway. A user sees nothing of an agreement they hold no role in (404, not 403, so
 * its existence does not leak); administrators see every agreement. Queries ask ReadAccess, which
 * answers the same from the agreement directory.
 */
@Injectable()
export class AgreementAccess {
  constructor(private readonly agreements: AgreementRepository) {}

  async loadVisible(agreementId: string, actor: Actor): Promise<LoadedAgreement> {
    const loaded = await this.agreements.load(agreementId);
    if (loaded.state.status !== 'registered' || !this.maySee(loaded, actor)) throw notFound(`Agreement ${agreementId}`);
    return loaded;
  }

  maySee(loaded: LoadedAgreement, actor: Actor): boolean {
    return maySeeAgreement(actor, (userId) => isMember(loaded.state, userId));
  }

  /** The actor must hold one of `roles` in the agreement; returns the role and the party it is bound to. */
  requireRole(loaded: LoadedAgreement, actor: Actor, role: AgreementRole): { role: AgreementRole; partyId?: string } {
    const held = rolesOf(loaded.state, actor.userId).find((r) => r.role === role);
    if (!held) throw forbidden(`This needs the ${ROLE_NAMES[role]} role in agreement ${loaded.agreementId}, which ${actor.userId} does not hold.`);
    return held.partyId ? { role, partyId: held.partyId } : { role };
  }

  /**
   * A council decision is made for one party, by its representative or a substitute. When the user
   * may decide for exactly one party it need not be named.
   */
  requireDecider(loaded: LoadedAgreement, actor: Actor, partyId?: string): { role: AgreementRole; partyId: string } {
    const parties = partiesUserMayDecideFor(loaded.state, actor.userId);
    const chosen = partyId ?? (parties.length === 1 ? parties[0] : undefined);
    if (chosen === undefined && parties.length > 1) {
      throw forbidden(`${actor.userId} may decide for several parties (${parties.join(', ')}): name the party in partyId.`);
    }
    if (chosen === undefined || !mayDecideFor(loaded.state, actor.userId, chosen)) {
      throw forbidden(
        `Deciding ${partyId ? `for party ${partyId} ` : ''}needs the council representative or substitute role of that party, which ${actor.userId} does not hold.`,
      );
    }
    const role = rolesOf(loaded.state, actor.userId).find((r) => r.partyId === chosen && r.role === 'councilRepresentative')
      ? 'councilRepresentative'
      : 'councilSubstitute';
    return { role, partyId: chosen };
  }

  requireAdministrator(actor: Actor): void {
    if (!actor.administrator) throw forbidden('This needs the administrator right.');
  }
}
