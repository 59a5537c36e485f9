/** Text for HTML: every value the page shows goes through this, so no stored text becomes markup. */
export const escapeHtml = (value: string | number): string =>
  String(value).replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const MONTHS = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'];

/** "2025-03-12" as residents write it: "12 mars 2025". */
export const longDateSv = (day: string): string => {
  const [year, month, date] = day.split('-').map(Number);
  return `${date} ${MONTHS[(month ?? 1) - 1]} ${year}`;
};

const NUMBER = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 2 });
export const numberSv = (value: number): string => NUMBER.format(value).replace(/\u2212/g, '-');

/** "1,2 MB", "340 kB": the size a download will be. */
export const fileSizeSv = (bytes: number): string =>
  bytes >= 1024 * 1024 ? `${numberSv(Math.round((bytes / 1024 / 1024) * 10) / 10)} MB` : `${Math.max(1, Math.round(bytes / 1024))} kB`;

/** "a", "a och b", "a, b och c". */
export const listSv = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;

/** Free text as paragraphs: a blank line separates them, a single line break stays a line break. */
export const paragraphs = (text: string): string =>
  text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
    .map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`)
    .join('');
