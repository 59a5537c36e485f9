import { ApiProblem, problemMessageSv } from '../../api/problem';

/** One problem the user must fix: the form field it concerns (a key such as `parties.1.name`) or none. */
export interface FieldProblem {
  readonly field: string | null;
  readonly message: string;
}

/**
 * The API names fields two ways: a 400 as class-validator walks the body (`parties.1.name`), a
 * broken rule as a path (`parties[1].organisationNumber`). The form keys its fields the first way.
 */
export const fieldKey = (apiField: string): string => apiField.replace(/\[(\d+)\]/g, '.$1');

/**
 * The form field a problem is shown at: the field itself, else the first field inside it (a rule
 * about `parties.1` is shown at that party's first field), else the nearest field around it.
 */
export const nearestField = (key: string, fields: readonly string[]): string | undefined => {
  for (let path = key; path !== ''; path = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : '') {
    if (fields.includes(path)) return path;
    const inside = fields.find((f) => f.startsWith(`${path}.`));
    if (inside) return inside;
  }
  return undefined;
};

/** The last named part of a field key: `parties.1.organisationNumber` → `organisationNumber`. */
const leafName = (key: string): string =>
  key
    .split('.')
    .filter((part) => !/^\d+$/.test(part))
    .at(-1) ?? key;

/**
 * What the API refused, as problems placed at the form's fields. A 400's messages are English
 * (class-validator), so each named field gets the form's Swedish sentence for it; a broken rule's
 * `detail` is already Swedish. A problem about no field of the form is kept without a field.
 */
export const placeProblems = (
  error: unknown,
  fields: readonly string[],
  swedish: Readonly<Record<string, string>>,
  /** Where a rule that names no field is shown, by the rule's name (e.g. "already registered" at the id). */
  ruleFields: Readonly<Record<string, string>> = {},
): FieldProblem[] => {
  if (!(error instanceof ApiProblem)) return [{ field: null, message: problemMessageSv(error) }];
  if (error.status === 400 && error.errors.length > 0) {
    return error.errors.map((e) => {
      const key = fieldKey(e.field);
      const field = nearestField(key, fields) ?? null;
      const message = swedish[leafName(key)] ?? `Uppgiften godtogs inte (${e.messages.join('; ')}).`;
      return { field, message };
    });
  }
  const named = error.field ?? (error.rule === undefined ? undefined : ruleFields[error.rule]);
  const field = named === undefined ? null : (nearestField(fieldKey(named), fields) ?? null);
  return [{ field, message: problemMessageSv(error) }];
};

/** The first problem of each field, for the messages beside the fields. */
export const byField = (problems: readonly FieldProblem[]): Readonly<Record<string, string>> => {
  const found: Record<string, string> = {};
  for (const p of problems) if (p.field !== null) found[p.field] ??= p.message;
  return found;
};

/** The id of the element around a field, which the error summary links to. */
export const fieldAnchor = (field: string): string => `falt-${field.replace(/\./g, '-')}`;
