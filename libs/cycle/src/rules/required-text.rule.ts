import { rule, type BusinessRule } from '@samverkan/shared-kernel';

const blank = (text: string | undefined): boolean => text === undefined || text.trim() === '';

/** Required free text must say something; `field` is the Swedish name shown to the official. */
export const fieldRequired = (field: string, text: string | undefined): BusinessRule =>
  rule('FieldRequired', `Fältet "${field}" måste fyllas i.`, () => blank(text));

/** Going back, rejecting, voiding and withdrawing are always explained (DOMAIN.md). */
export const reasonRequired = (text: string | undefined): BusinessRule =>
  rule('ReasonRequired', 'Ett skäl måste anges.', () => blank(text));

/** A proposal to the council states its grounds, for the council and for later audit. */
export const groundsRequired = (text: string | undefined): BusinessRule =>
  rule('GroundsRequired', 'Förslaget måste ha en motivering.', () => blank(text));
