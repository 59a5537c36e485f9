import type { RegisterAgreementData } from '../commands/register-agreement.js';
import type { Obligation } from '../obligation.js';
import type { AgreementRole } from '../roles.js';

/** A focus area the agreement names; it enters the cycle as a proposal the council prioritises. */
export interface FocusAreaSeed {
  readonly focusAreaId: string;
  readonly title: string;
  /** Swedish, drawn from the agreement's own text. */
  readonly description: string;
  /** "Det ska alltid vara ett särskilt fokus gällande barn och ungdomar" (Lomma). */
  readonly childrenAndYoungPeople: boolean;
}

/** A demo account's role; the username doubles as the user id. */
export interface RoleSeed {
  readonly username: string;
  readonly role: AgreementRole;
  readonly partyId?: string;
  /** A named function ("Säkerhetschef"), never a person. */
  readonly function: string;
}

/** One file of `config/agreements/`: a real agreement, modelled. */
export interface AgreementSeed extends Omit<RegisterAgreementData, 'obligations'> {
  readonly obligations: readonly Obligation[];
  readonly focusAreas: readonly FocusAreaSeed[];
  readonly roles: readonly RoleSeed[];
  /** Where the model departs from or adds to the document (assumptions, choices of name). */
  readonly notes?: readonly string[];
  /** The page for residents is published once the roles are assigned (opt-in; absent: not published). */
  readonly publicPage?: boolean;
}
