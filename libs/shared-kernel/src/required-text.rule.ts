import { fieldLabelSv } from './field-label-sv.js';
import { rule, type BusinessRule } from './rule.js';

/**
 * The one "required text" rule of every context: free text that must say something is refused
 * when absent or only blanks. `field` is the Swedish name the official sees in the form (for a
 * reason "skäl", for a proposal's grounds "motivering"), or the request field's path, which
 * `fieldLabelSv` names in Swedish, so the refusal names what to fill in.
 */
export const fieldRequired = (field: string, text: string | undefined): BusinessRule =>
  rule('FieldRequired', `Fältet ”${fieldLabelSv(field)}” måste fyllas i.`, () => text === undefined || text.trim() === '', field);
