import { describe, expect, it } from '@jest/globals';
import fc from 'fast-check';
import { unsafeCharactersIn } from './safe-text.js';

describe('unsafe characters in text', () => {
  it.each(['a\u0000b', '\u0007', '\u001b[31m', '\u007f', '\u0085', 'x\r\u000bx'])('refuses the control character in %j', (text) => {
    expect(unsafeCharactersIn(text)).toBe('must not contain control characters');
  });

  it.each(['\ud800', 'x\udfffy', '\ud83d'])('refuses the lone surrogate in %j', (text) => {
    expect(unsafeCharactersIn(text)).toBe('must not contain lone surrogates (invalid unicode)');
  });

  it('keeps tabs, line breaks, and any well-formed text without control characters', () => {
    expect(unsafeCharactersIn('Rad ett\r\nRad två\tmed tabb 🙂')).toBeUndefined();
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const cleaned = [...text].filter((c) => !/\p{Cc}/u.test(c) || c === '\t' || c === '\n' || c === '\r').join('');
        expect(unsafeCharactersIn(cleaned)).toBeUndefined();
      }),
    );
  });
});
