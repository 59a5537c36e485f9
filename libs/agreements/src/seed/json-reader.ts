import { AgreementSeedError } from './seed-error.js';

/**
 * A few typed readers for untrusted JSON. Each names the field it reads so that a malformed seed
 * says where it is wrong; unknown keys are refused, because a misspelt optional field
 * ("organisationsNumber") would otherwise vanish without a word.
 */
export type JsonObject = Readonly<Record<string, unknown>>;

const describe = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value);

export const readObject = (value: unknown, field: string, allowedKeys: readonly string[]): JsonObject => {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new AgreementSeedError(field, `expected an object, got ${describe(value)}`);
  }
  const unknown = Object.keys(value).find((key) => !allowedKeys.includes(key));
  if (unknown !== undefined) {
    throw new AgreementSeedError(join(field, unknown), `unknown field (allowed: ${allowedKeys.join(', ')})`);
  }
  return value as JsonObject;
};

export const readString = (value: unknown, field: string): string => {
  if (typeof value !== 'string') throw new AgreementSeedError(field, `expected a string, got ${describe(value)}`);
  return value;
};

export const readOptionalString = (value: unknown, field: string): string | undefined => (value === undefined ? undefined : readString(value, field));

export const readBoolean = (value: unknown, field: string): boolean => {
  if (typeof value !== 'boolean') throw new AgreementSeedError(field, `expected true or false, got ${describe(value)}`);
  return value;
};

export const readNumber = (value: unknown, field: string): number => {
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    throw new AgreementSeedError(field, `expected a number, got ${describe(value)}`);
  }
  return value;
};

export const readOneOf = <T extends string>(value: unknown, field: string, options: readonly T[]): T => {
  const text = readString(value, field);
  if (!(options as readonly string[]).includes(text)) {
    throw new AgreementSeedError(field, `expected one of ${options.join(', ')}, got "${text}"`);
  }
  return text as T;
};

export const readArray = <T>(value: unknown, field: string, readItem: (item: unknown, itemField: string) => T): T[] => {
  if (!Array.isArray(value)) throw new AgreementSeedError(field, `expected an array, got ${describe(value)}`);
  return value.map((item, i) => readItem(item, `${field}[${i}]`));
};

export const join = (field: string, key: string): string => (field === '' ? key : `${field}.${key}`);

/** Only sets the key when the value is present, so that absent optional fields stay absent. */
export const optional = <K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } =>
  (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
