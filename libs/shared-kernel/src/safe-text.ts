/**
 * Text kept in the log forever must read the same everywhere: no control characters (they hide
 * text in a terminal, a CSV export or a log line) and no lone UTF-16 surrogates (they are not
 * characters at all, and break JSON and SQLite text on the way out). Tabs and line breaks stay:
 * descriptions have paragraphs.
 */
// biome-ignore lint/suspicious/noControlCharactersInRegex: finding them is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Why the text cannot be kept, or undefined when it can. */
export const unsafeCharactersIn = (text: string): string | undefined =>
  CONTROL.test(text)
    ? 'must not contain control characters'
    : LONE_SURROGATE.test(text)
      ? 'must not contain lone surrogates (invalid unicode)'
      : undefined;
