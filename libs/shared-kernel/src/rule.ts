/**
 * A business rule as a named object: a check and a message (the model of
 * modular-monolith-with-ddd's `IBusinessRule`). The message is in Swedish because it is shown
 * to the officials who broke it; the name is stable and English, for API clients and tests.
 */
export interface BusinessRule {
  readonly name: string;
  readonly message: string;
  isBroken(): boolean;
}

/** Thrown when a rule refuses a command; maps to HTTP 422 at the edge. */
export class BusinessRuleBrokenError extends Error {
  readonly ruleName: string;
  constructor(rule: Pick<BusinessRule, 'name' | 'message'>) {
    super(rule.message);
    this.name = 'BusinessRuleBrokenError';
    this.ruleName = rule.name;
  }
}

export const checkRule = (rule: BusinessRule): void => {
  if (rule.isBroken()) throw new BusinessRuleBrokenError(rule);
};

export const checkRules = (...rules: BusinessRule[]): void => rules.forEach(checkRule);

/** A rule built from a name, a message and a predicate that says when it is broken. */
export const rule = (name: string, message: string, broken: () => boolean): BusinessRule => ({
  name,
  message,
  isBroken: broken,
});
