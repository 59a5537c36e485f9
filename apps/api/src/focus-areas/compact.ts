type Compact<T> = { [K in keyof T]: Exclude<T[K], null> };

/**
 * Drops keys whose value is undefined or null, so that an omitted optional field (or a JSON null,
 * which @IsOptional lets through) never reaches an event as a key: events are stored forever.
 */
export const compact = <T extends object>(data: T): Compact<T> =>
  Object.fromEntries(Object.entries(data).filter(([, value]) => value !== undefined && value !== null)) as Compact<T>;
