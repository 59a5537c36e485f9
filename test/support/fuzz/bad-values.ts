/**
 * Values that have broken web APIs before: numbers past 2^53, strings that only look like numbers
 * or dates, unicode that changes meaning when normalised or rendered, and text a parser chokes on.
 */
const deep = (levels: number): unknown => {
  let value: unknown = 'x';
  for (let i = 0; i < levels; i++) value = levels % 2 === 0 ? { a: value } : [value];
  return value;
};

export const BAD_STRINGS: readonly string[] = [
  '',
  ' ',
  '\t\n',
  'a\u0000b',
  '\u0007bell',
  '\u001b[31mred',
  '\ud800',
  'x\udfffy',
  '\u200b',
  'a\u200bb',
  '\u202eevil',
  '\u200f',
  '\u00a0',
  '\ufeff',
  '\uffff',
  '１２３４',
  '８１１２１８－９８７６',
  '811218-9876',
  '19811218‑9876',
  '2024-13-01',
  '2024-02-30',
  '25:00',
  '+99:00',
  '2024-01-01T25:61:00+99:00',
  '9007199254740993',
  '-9007199254740993',
  '1e309',
  '-1',
  '0x10',
  'NaN',
  'Infinity',
  'null',
  'true',
  '../../etc/passwd',
  '..%2F..%2F',
  '%00',
  '%',
  '{"a":1}',
  '<script>alert(1)</script>',
  "'; drop table events; --",
  '__proto__',
  'constructor',
  'e\u0301',
  '🙂',
  '🙂'.repeat(3000),
  'x'.repeat(100_000),
];

export const BAD_VALUES: readonly unknown[] = [
  ...BAD_STRINGS,
  null,
  true,
  false,
  0,
  -1,
  -0.5,
  2 ** 53 + 2,
  -(2 ** 63),
  1e308,
  Number.MIN_VALUE,
  [],
  {},
  [[[[]]]],
  [1, 'a', null],
  { toString: 'x', valueOf: 1 },
  JSON.parse('{"__proto__":{"polluted":true}}'),
  deep(40),
];

/** Path segments: traversal, NUL, malformed percent-encoding, unicode, very long; sent as written. */
export const BAD_SEGMENTS: readonly string[] = [
  '..',
  '..%2F..%2Fetc%2Fpasswd',
  '%2e%2e%2f',
  '%00',
  'a%00b',
  '%ZZ',
  '%',
  '%C0%AF',
  '%ED%A0%80',
  encodeURIComponent('åäö'),
  encodeURIComponent('８１１２１８－９８７６'),
  '811218-9876',
  '198112189876',
  'UPPER',
  '-leading-dash',
  'a'.repeat(81),
  'a'.repeat(10_000),
  encodeURIComponent('\u202e'),
  '9007199254740993',
  '-1',
  '1e309',
  'NaN',
];

export const BAD_QUERY_VALUES: readonly string[] = [
  ...BAD_SEGMENTS,
  '2024-13-01',
  '2024-02-30',
  '2024-1-1',
  '25:00',
  encodeURIComponent('2024-01-01T25:00:00+99:00'),
  encodeURIComponent('+99:00'),
  '99999999999999999999',
  '0',
  '',
];

export const BAD_IF_MATCH: readonly string[] = ['garbage', '"abc"', '*', 'W/"1"', '"-1"', '"99999999999999999999"', '"1", "2"', '""', '"1e3"', '"0x1"'];

export const BAD_CONTENT_TYPES: readonly string[] = [
  'text/plain',
  'application/x-www-form-urlencoded',
  'application/json; charset=latin1',
  'application/json; charset=utf-16',
  'application/xml',
  'multipart/form-data; boundary=x',
  'application/json; boundary',
  '',
];

/** Bodies sent as written: malformed JSON, and JSON nested far past any stack (too deep to build as a value here). */
export const MALFORMED_BODIES: readonly string[] = [
  `${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`,
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{',
  '{"a":',
  'nul',
  '[1,',
  '\u0000',
  '{"a":1}}',
  "{'a':1}",
  '{"a":01}',
  `${'['.repeat(100_000)}`,
  '\ufeff{}',
];
