/**
 * A signing organisation. Every agreement has the municipality and the local police area; some
 * add others (e.g. Kriminalvården), hence `other`.
 */
export type PartyKind = 'municipality' | 'localPoliceArea' | 'other';

export const PARTY_KINDS: readonly PartyKind[] = ['municipality', 'localPoliceArea', 'other'];

export interface Party {
  /** Stable id within the agreement, e.g. `lomma-kommun`, `lpo-kavlinge`. */
  readonly partyId: string;
  readonly name: string;
  readonly kind: PartyKind;
  /**
   * `NNNNNN-NNNN`, checked with its Luhn digit. A local police area signs for Polismyndigheten
   * and so carries the authority's number (202100-0076).
   */
  readonly organisationNumber?: string;
}
