/**
 * Stored events are kept forever in the schema version they were written in; the code reads only
 * the current one. An upcaster raises an event's data by one version; the registry holds, per
 * event type, the version the code reads and the upcasters that lead there. Every read path runs
 * stored events through `upcast` before `evolve` (STYLE.md, example 2).
 */
export type Upcaster = (data: unknown) => unknown;

export interface UpcasterRegistry {
  /** The schema version the code reads, per event type; 1 where the type is not named. */
  readonly current: Readonly<Record<string, number>>;
  /** Per event type, per version, the upcaster from that version to the next. */
  readonly upcasters: Readonly<Record<string, Readonly<Record<number, Upcaster>>>>;
}

export const NO_UPCASTERS: UpcasterRegistry = { current: {}, upcasters: {} };

/** A stored event in a version no upcaster leads from: a deployment error, never a rule. */
export class SchemaVersionNotReadableError extends Error {
  constructor(
    readonly eventType: string,
    readonly schemaVersion: number,
    readonly readableVersion: number,
  ) {
    super(
      `Event ${eventType} has schema version ${schemaVersion}, and this deployment reads version ${readableVersion}: ` +
        `no upcaster leads from version ${schemaVersion} to ${readableVersion}.`,
    );
    this.name = 'SchemaVersionNotReadableError';
  }
}

/** The parts of a stored event that upcasting reads. */
export interface VersionedEvent {
  readonly type: string;
  readonly schemaVersion?: number;
  readonly data: unknown;
}

/** The event in the version the code reads (events written before versions were stored are version 1). */
export const upcast = <E extends VersionedEvent>(registry: UpcasterRegistry, event: E): E & { readonly schemaVersion: number } => {
  const readable = registry.current[event.type] ?? 1;
  let version = event.schemaVersion ?? 1;
  let data = event.data;
  while (version < readable) {
    const next = registry.upcasters[event.type]?.[version];
    if (!next) break;
    data = next(data);
    version += 1;
  }
  if (version !== readable) throw new SchemaVersionNotReadableError(event.type, event.schemaVersion ?? 1, readable);
  return { ...event, schemaVersion: version, data };
};
