import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import {
  containsPersonalIdentityNumber,
  idHoldsPersonalIdentityNumber,
  luhnValid,
  noPersonalIdentityNumber,
  normaliseForIdentityNumbers,
} from './personal-identity-number.js';

const pad = (n: number, width = 2) => String(n).padStart(width, '0');
const checkDigit = (nine: string): number => {
  for (let d = 0; d <= 9; d++) if (luhnValid(nine + d)) return d;
  throw new Error('unreachable');
};

/** A real personnummer or samordningsnummer: a real birth date, three digits, and the right check digit. */
const identityNumber = fc
  .record({
    birth: fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2029-12-31T00:00:00Z'), noInvalidDate: true }),
    serial: fc.integer({ min: 0, max: 999 }),
    coordination: fc.boolean(),
  })
  .map(({ birth, serial, coordination }) => {
    const century = String(birth.getUTCFullYear()).slice(0, 2);
    const date = `${pad(birth.getUTCFullYear() % 100)}${pad(birth.getUTCMonth() + 1)}${pad(birth.getUTCDate() + (coordination ? 60 : 0))}`;
    const nine = date + pad(serial, 3);
    return { century, date, last: `${pad(serial, 3)}${checkDigit(nine)}` };
  });

const DASHES = ['-', '\u2013', '\u2014', '\u2212', '\u2011', '\u2012', '\uFF0D'];
const INVISIBLE = ['', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF'];
const GROUP_GAPS = [' ', '.', '_', '\u00A0'];
const fullWidth = (text: string) => text.replace(/\d/g, (d) => String.fromCharCode(0xff10 + Number(d)));

/** Every way the guard must see through: the usual forms, run together, parted groups, look-alike characters. */
const written = fc
  .record({
    number: identityNumber,
    withCentury: fc.boolean(),
    form: fc.constantFrom('usual', 'together', 'groups'),
    dash: fc.constantFrom(...DASHES),
    gap: fc.constantFrom(...GROUP_GAPS),
    invisible: fc.constantFrom(...INVISIBLE),
    wide: fc.boolean(),
  })
  .map(({ number, withCentury, form, dash, gap, invisible, wide }) => {
    const year = (withCentury ? number.century : '') + number.date.slice(0, 2);
    const [mm, dd] = [number.date.slice(2, 4), number.date.slice(4, 6)];
    const text =
      form === 'usual'
        ? `${year}${mm}${dd}${dash}${number.last}`
        : form === 'together'
          ? `${year}${mm}${dd}${number.last}`
          : [year, mm, dd, number.last].join(gap);
    const hidden = text.split('').join(invisible);
    return wide ? fullWidth(hidden) : hidden;
  });

const words = fc.string({ unit: fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzåäö ,.:;!?()'.split('')), maxLength: 40 });
const SAMPLE = { numRuns: 2000 };

describe('no personal identity number', () => {
  it('catches every representation of a valid personnummer or samordningsnummer, anywhere in a text', () => {
    fc.assert(
      fc.property(words, written, words, (before, number, after) => {
        expect(containsPersonalIdentityNumber(`${before} ${number} ${after}`)).toBe(true);
      }),
      SAMPLE,
    );
  });

  it('catches the usual form on a plausible date even when the check digit is wrong (a mistyped number is still personal data)', () => {
    expect(containsPersonalIdentityNumber('Kontakt: 811218-9875')).toBe(true);
    expect(containsPersonalIdentityNumber('19811218+9875')).toBe(true);
  });

  it('finds nothing in text without digits', () => {
    fc.assert(
      fc.property(
        fc.string({ maxLength: 80 }).filter((text) => !/\d/.test(normaliseForIdentityNumbers(text))),
        (text) => {
          expect(containsPersonalIdentityNumber(text)).toBe(false);
        },
      ),
      SAMPLE,
    );
  });

  it('lets ten or twelve digits run together pass when the check digit is wrong (phone numbers, order numbers)', () => {
    fc.assert(
      fc.property(
        written.filter((text) => /^\d{10}$|^\d{12}$/.test(text)),
        fc.integer({ min: 1, max: 9 }),
        (number, shift) => {
          const wrong = number.slice(0, -1) + ((Number(number.at(-1)) + shift) % 10);
          expect(containsPersonalIdentityNumber(wrong)).toBe(false);
        },
      ),
      SAMPLE,
    );
  });

  it.each([
    ['an organisation number (month 20 or more)', '556036-0793'],
    ['an organisation number written together', '5560360793'],
    ['a date and a time', 'Möte 2025-06-01 kl. 18:00'],
    ['an ISO date', '2024-02-29'],
    ['an impossible date run together', '8113329876'],
    ['a year range and a count', 'Perioden 2023-2027, 1234 deltagare'],
  ])('lets %s pass', (_, text) => {
    expect(containsPersonalIdentityNumber(text)).toBe(false);
  });

  it('judges ids a person chose, and lets the digits of a system-made UUID be chance', () => {
    expect(idHoldsPersonalIdentityNumber('lomma-811218-9876')).toBe(true);
    expect(idHoldsPersonalIdentityNumber('fa-198112189876')).toBe(true);
    // Its first two groups read as 811218-9876 by chance (a plausible date before four digits).
    expect(containsPersonalIdentityNumber('ba811218-9876-4a1c-8d2e-0f1e2d3c4b5a')).toBe(true);
    expect(idHoldsPersonalIdentityNumber('ba811218-9876-4a1c-8d2e-0f1e2d3c4b5a')).toBe(false);
  });

  it('is a rule named for the field, in Swedish', () => {
    const broken = noPersonalIdentityNumber('agreementId', '811218-9876');
    expect(broken.isBroken()).toBe(true);
    expect(broken.name).toBe('NoPersonalIdentityNumber');
    expect(broken.message).toContain('”överenskommelsens id”');
    expect(broken.field).toBe('agreementId');
    expect(noPersonalIdentityNumber('agreementId', undefined).isBroken()).toBe(false);
  });
});
