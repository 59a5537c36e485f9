/** The seed file is malformed or breaks a rule; `field` is the path into the JSON, e.g. `parties[1].kind`. */
export class AgreementSeedError extends Error {
  constructor(
    readonly field: string,
    detail: string,
    /** The business rule that refused, when the shape was right but the content was not. */
    readonly ruleName?: string,
  ) {
    super(`Agreement seed, field "${field}": ${detail}`);
    this.name = 'AgreementSeedError';
  }
}
