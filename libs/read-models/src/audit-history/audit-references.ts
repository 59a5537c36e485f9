/** What an event can name by id only: the names are in other events of the log. */
export type AuditSubject = 'party' | 'source' | 'cause' | 'goal' | 'measure' | 'proposal';

/** One id an audit row's event names, and what kind of thing it is. */
export interface AuditReference {
  readonly subject: AuditSubject;
  readonly id: string;
}

/** A reference with what it stood for when the event happened; `null` when the log does not say. */
export interface NamedReference extends AuditReference {
  readonly name: string | null;
}

/**
 * What an id stood for, as far as the caller knows: the event alone knows nothing (NO_NAMES);
 * the audit query knows the names the earlier events of the log gave.
 */
export type NameOf = (subject: AuditSubject, id: string) => string | undefined;

export const NO_NAMES: NameOf = () => undefined;

/** The fields of event data that hold an id, and what the id names. */
const REFERENCE_FIELDS: readonly (readonly [field: string, subject: AuditSubject])[] = [
  ['partyId', 'party'],
  ['responsiblePartyId', 'party'],
  ['proposalId', 'proposal'],
  ['sourceId', 'source'],
  ['causeId', 'cause'],
  ['goalId', 'goal'],
  ['measureId', 'measure'],
];

/**
 * Every id the event's data names, in a fixed order. An event that brings a thing in
 * (SourceAdded, MeasurePlanned …) names it too: its reference then resolves to its own name.
 */
export const referencesOf = (data: unknown): AuditReference[] => {
  const record = (typeof data === 'object' && data !== null ? data : {}) as Readonly<Record<string, unknown>>;
  return REFERENCE_FIELDS.flatMap(([field, subject]) => {
    const id = record[field];
    return typeof id === 'string' && id !== '' ? [{ subject, id }] : [];
  });
};
