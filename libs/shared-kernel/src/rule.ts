/**
 * A business rule as a named object: a check and a message (the model of
 * modular-monolith-with-ddd's `IBusinessRule`). The message is in Swedish because it is shown
 * to the officials who broke it; the name is stable and English, for API clients and tests.
 */
export interface BusinessRule {
  readonly name: string;
  readonly message: string;
  /**
   * The request field the rule concerns, as an API path (`problemStatement.what`, `dueDate`,
   * `parties[1].organisationNumber`), so a form can show the refusal beside that field. Absent
   * when the rule concerns the whole command (consensus, a gate over the step's work).
   */
  readonly field?: string;
  isBroken(): boolean;
}

/** Thrown when a rule refuses a command; maps to HTTP 422 at the edge. */
export class BusinessRuleBrokenError extends Error {
  readonly ruleName: string;
  readonly field?: string;
  constructor(rule: Pick<BusinessRule, 'name' | 'message' | 'field'>) {
    super(rule.message);
    this.name = 'BusinessRuleBrokenError';
    this.ruleName = rule.name;
    if (rule.field !== undefined) this.field = rule.field;
  }
}

export const checkRule = (rule: BusinessRule): void => {
  if (rule.isBroken()) throw new BusinessRuleBrokenError(rule);
};

export const checkRules = (...rules: BusinessRule[]): void => rules.forEach(checkRule);

/** A rule built from a name, a message, a predicate that says when it is broken, and the field it concerns. */
export const rule = (name: string, message: string, broken: () => boolean, field?: string): BusinessRule => ({
  name,
  message,
  ...(field !== undefined ? { field } : {}),
  isBroken: broken,
});

/** The same rule, about a field: how a command names the request field a shared rule checks. */
export const aboutField = (field: string, about: BusinessRule): BusinessRule => ({
  name: about.name,
  message: about.message,
  field,
  isBroken: () => about.isBroken(),
});
