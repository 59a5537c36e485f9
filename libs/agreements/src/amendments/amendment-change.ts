import type { DecisionPolicy } from '@samverkan/cycle';
import type { IsoDate } from '@samverkan/shared-kernel';
import type { Party } from '../party.js';
import type { Period } from '../period.js';
import type { AgreementTerms, Council, OperativeGroup } from '../terms.js';

/** A new party joins, and signs by function on a day. */
export interface AddParty {
  readonly kind: 'addParty';
  readonly party: Party;
  readonly signatory: { readonly function: string; readonly signedOn: IsoDate };
}

/** A party leaves: its signatory and its members of the council and the operative group leave with it. */
export interface RemoveParty {
  readonly kind: 'removeParty';
  readonly partyId: string;
}

/** The period extended or shortened. */
export interface ChangePeriod {
  readonly kind: 'changePeriod';
  readonly period: Period;
}

/** The council as it will be (name, chair, members): given whole, so the amendment reads as the new text. */
export interface ChangeCouncil {
  readonly kind: 'changeCouncil';
  readonly council: Council;
}

export interface ChangeOperativeGroup {
  readonly kind: 'changeOperativeGroup';
  readonly operativeGroup: OperativeGroup;
}

/** The decision policy as it will be (which transitions need a decision, child impact assessments, baselines). */
export interface ChangePolicy {
  readonly kind: 'changePolicy';
  readonly policy: DecisionPolicy;
}

export type AmendmentChange = AddParty | RemoveParty | ChangePeriod | ChangeCouncil | ChangeOperativeGroup | ChangePolicy;
export type AmendmentChangeKind = AmendmentChange['kind'];
export const AMENDMENT_CHANGE_KINDS: readonly AmendmentChangeKind[] = [
  'addParty',
  'removeParty',
  'changePeriod',
  'changeCouncil',
  'changeOperativeGroup',
  'changePolicy',
];

const withoutParty = <T extends { readonly partyId: string }>(list: readonly T[] | undefined, partyId: string): readonly T[] | undefined =>
  list?.filter((item) => item.partyId !== partyId);

const applyChange = (terms: AgreementTerms, change: AmendmentChange): AgreementTerms => {
  switch (change.kind) {
    case 'addParty':
      return {
        ...terms,
        parties: [...terms.parties, change.party],
        signatories: [...(terms.signatories ?? []), { partyId: change.party.partyId, ...change.signatory }],
      };
    case 'removeParty': {
      const { partyId } = change;
      const councilMembers = withoutParty(terms.council.members, partyId);
      const groupMembers = withoutParty(terms.operativeGroup?.members, partyId);
      const signatories = withoutParty(terms.signatories, partyId);
      return {
        ...terms,
        parties: terms.parties.filter((p) => p.partyId !== partyId),
        council: { ...terms.council, ...(councilMembers ? { members: councilMembers } : {}) },
        ...(terms.operativeGroup ? { operativeGroup: { ...terms.operativeGroup, ...(groupMembers ? { members: groupMembers } : {}) } } : {}),
        ...(signatories ? { signatories } : {}),
      };
    }
    case 'changePeriod':
      return { ...terms, period: change.period };
    case 'changeCouncil':
      return { ...terms, council: change.council };
    case 'changeOperativeGroup':
      return { ...terms, operativeGroup: change.operativeGroup };
    case 'changePolicy':
      return { ...terms, policy: change.policy };
    default: {
      const _exhaustive: never = change;
      return terms;
    }
  }
};

/** The terms an amendment makes of `terms`: its changes applied in their order. Pure and total. */
export const amendTerms = (terms: AgreementTerms, changes: readonly AmendmentChange[]): AgreementTerms => changes.reduce(applyChange, terms);

/** The officials' names for each kind of change, for audit rows and lists. */
export const AMENDMENT_CHANGE_LABEL_SV: Readonly<Record<AmendmentChangeKind, string>> = {
  addParty: 'ny part',
  removeParty: 'part utträder',
  changePeriod: 'ändrad period',
  changeCouncil: 'ändrat strategiskt råd',
  changeOperativeGroup: 'ändrad operativ grupp',
  changePolicy: 'ändrad beslutsordning',
};
