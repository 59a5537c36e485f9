import type { ProposeFocusArea } from '@samverkan/cycle';
import type { AssignRole } from '../commands/assign-role.js';
import type { PublishPublicPage } from '../commands/public-page.js';
import type { RegisterAgreement } from '../commands/register-agreement.js';
import { decideAgreement } from '../decide.js';
import type { AgreementEvent } from '../events.js';
import { evolveAgreement, initialAgreementState, type AgreementState } from '../state.js';
import type { AgreementSeed } from './agreement-seed.js';

export interface SeedCommands {
  readonly register: RegisterAgreement;
  readonly roles: AssignRole[];
  /** The cycle's first command for each focus area the agreement names: each enters as a proposal. */
  readonly focusAreas: ProposeFocusArea[];
  /** The page for residents, where the seed publishes it. */
  readonly publish: PublishPublicPage[];
}

/** The commands that bring a seeded agreement into the store; the demo username is the user id. */
export const seedCommands = (seed: AgreementSeed): SeedCommands => {
  const { focusAreas, roles, notes: _notes, publicPage, ...registration } = seed;
  return {
    register: { type: 'RegisterAgreement', data: registration },
    roles: roles.map(({ username, ...role }) => ({
      type: 'AssignRole',
      data: { agreementId: seed.agreementId, userId: username, ...role },
    })),
    focusAreas: focusAreas.map((focusArea) => ({
      type: 'ProposeFocusArea',
      data: { agreementId: seed.agreementId, ...focusArea },
    })),
    publish: publicPage ? [{ type: 'PublishPublicPage', data: { agreementId: seed.agreementId } }] : [],
  };
};

/**
 * The agreement stream of a seeded agreement (registration, then every role, then the public page where published), decided in order
 * through the real decider, and the state it leaves: what the demo loader and the benchmarks write.
 */
export const seedAgreementEvents = (commands: SeedCommands): { events: AgreementEvent[]; state: AgreementState } =>
  [commands.register, ...commands.roles, ...commands.publish].reduce(
    ({ events, state }, command) => {
      const decided = decideAgreement(command, state);
      return { events: [...events, ...decided], state: decided.reduce(evolveAgreement, state) };
    },
    { events: [] as AgreementEvent[], state: initialAgreementState() },
  );
