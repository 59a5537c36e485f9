/**
 * Swedish organisationsnummer, `NNNNNN-NNNN`. The tenth digit is a Luhn (mod 10) check digit over
 * the first nine, as for personnummer. Legal entities always have a third digit of 2 or more (the
 * "month" is 20 or higher), which is what tells them apart from a personnummer: an organisation
 * number whose third digit is 0 or 1 is a sole trader's personnummer, and this system holds no
 * personal identity numbers, so such numbers are refused.
 */
const ORGANISATION_NUMBER = /^(\d{6})-(\d{4})$/;

/** The Luhn check digit for a run of digits (weights 2, 1, 2, 1 … from the left for nine digits). */
export const luhnCheckDigit = (digits: string): number => {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    const weighted = Number(digits[digits.length - 1 - i]) * (i % 2 === 0 ? 2 : 1);
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
};

export const isValidOrganisationNumber = (value: string): boolean => {
  const match = ORGANISATION_NUMBER.exec(value);
  if (!match) return false;
  const digits = match[1]! + match[2]!;
  if (Number(digits[2]) < 2) return false;
  return luhnCheckDigit(digits.slice(0, 9)) === Number(digits[9]);
};
