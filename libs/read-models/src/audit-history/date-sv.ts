const MONTHS_SV = ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december'] as const;

/**
 * A calendar date in the sentences the audit history writes, in the web's one date format:
 * '2026-12-31' → "31 december 2026" (apps/web/src/ui/format.ts writes the same). Pure, no Intl,
 * no time zone: the day is the one written. What is not such a date is given back as it is.
 */
export const dateSv = (isoDate: string): string => {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDate);
  const month = match ? MONTHS_SV[Number(match[2]) - 1] : undefined;
  if (!match || !month) return isoDate;
  return `${Number(match[3])} ${month} ${match[1]}`;
};

/** An agreement's period: "1 januari 2023–31 december 2027". */
export const periodSv = (period: { readonly from: string; readonly to: string }): string => `${dateSv(period.from)}–${dateSv(period.to)}`;
