import type { StoredEvent } from '@samverkan/event-store';

/**
 * A small in-memory index of agreements and their focus areas, enough to list them and to know who
 * may see which. Pure `evolve`, fed in global order; the read models of the projections issue
 * replace it with stored ones.
 */
export interface CatalogueAgreement {
  readonly agreementId: string;
  readonly name: string;
  readonly municipality: string;
  readonly period: { from: string; to: string };
  readonly parties: { partyId: string; name: string; kind: string }[];
  /** How many roles each user holds here: a user with none left no longer sees the agreement. */
  readonly members: Map<string, number>;
  readonly focusAreaIds: string[];
}

export interface CatalogueFocusArea {
  readonly focusAreaId: string;
  readonly agreementId: string;
  readonly title: string;
  readonly childrenAndYoungPeople: boolean;
  readonly step: string;
  readonly cycle: number;
  readonly pendingProposal: { proposalId: string; transition: string; to: string; approvedBy: string[] } | null;
  readonly revision: number;
}

export interface Catalogue {
  readonly agreements: Map<string, CatalogueAgreement>;
  readonly focusAreas: Map<string, CatalogueFocusArea>;
  readonly position: string | undefined;
}

export const emptyCatalogue = (): Catalogue => ({ agreements: new Map(), focusAreas: new Map(), position: undefined });

type Data = Record<string, unknown>;

/** Mutates the maps in place (they are this process's private cache) and returns the new position. */
export const evolveCatalogue = (catalogue: Catalogue, event: StoredEvent): Catalogue => {
  const d = event.data as Data;
  const agreement = catalogue.agreements.get(String(d['agreementId'] ?? event.streamId.replace(/^agreement-/, '')));
  switch (event.type) {
    case 'AgreementRegistered':
      catalogue.agreements.set(String(d['agreementId']), {
        agreementId: String(d['agreementId']),
        name: String(d['name']),
        municipality: String(d['municipality'] ?? ''),
        period: d['period'] as CatalogueAgreement['period'],
        parties: (d['parties'] as CatalogueAgreement['parties']).map(({ partyId, name, kind }) => ({ partyId, name, kind })),
        members: new Map(),
        focusAreaIds: [],
      });
      break;
    case 'RoleAssigned':
    case 'RoleRevoked': {
      const userId = String(d['userId']);
      const held = (agreement?.members.get(userId) ?? 0) + (event.type === 'RoleAssigned' ? 1 : -1);
      if (held > 0) agreement?.members.set(userId, held);
      else agreement?.members.delete(userId);
      break;
    }
    case 'FocusAreaProposed':
      agreement?.focusAreaIds.push(String(d['focusAreaId']));
      catalogue.focusAreas.set(String(d['focusAreaId']), {
        focusAreaId: String(d['focusAreaId']),
        agreementId: String(d['agreementId']),
        title: String(d['title']),
        childrenAndYoungPeople: d['childrenAndYoungPeople'] === true,
        step: 'proposed',
        cycle: 0,
        pendingProposal: null,
        revision: event.revision,
      });
      break;
    default:
      evolveFocusArea(catalogue, event);
  }
  return { ...catalogue, position: event.position };
};

const evolveFocusArea = (catalogue: Catalogue, event: StoredEvent): void => {
  const id = event.streamId.replace(/^focus-area-/, '');
  const current = catalogue.focusAreas.get(id);
  if (!current) return;
  const d = event.data as Data;
  const next = (patch: Partial<CatalogueFocusArea>) =>
    catalogue.focusAreas.set(id, { ...current, ...patch, revision: event.revision });
  switch (event.type) {
    case 'TransitionProposed':
      return void next({ pendingProposal: { proposalId: String(d['proposalId']), transition: String(d['transition']), to: String(d['to']), approvedBy: [] } });
    case 'TransitionApproved':
      return void next({
        pendingProposal: current.pendingProposal && { ...current.pendingProposal, approvedBy: [...current.pendingProposal.approvedBy, String(d['partyId'])] },
      });
    case 'TransitionRejected':
    case 'ProposalVoided':
      return void next({ pendingProposal: null });
    case 'FocusAreaPrioritised':
      return void next({ step: 'mapping', cycle: 1, pendingProposal: null });
    case 'StepAdvanced':
    case 'SteppedBack':
      return void next({ step: String(d['to']), pendingProposal: null });
    case 'FocusAreaClosed':
      return void next({ step: 'closed', pendingProposal: null });
    case 'NewCycleStarted':
      return void next({ step: 'mapping', cycle: Number(d['cycle']), pendingProposal: null });
    case 'FocusAreaWithdrawn':
      return void next({ step: 'withdrawn', pendingProposal: null });
    default:
      return void next({});
  }
};
