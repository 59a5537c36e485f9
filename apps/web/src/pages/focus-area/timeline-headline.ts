/** How long a timeline heading may be before what follows its colon moves into the body. */
export const HEADLINE_MAX = 120;

export interface TimelineText {
  /** The short label in bold: what happened. */
  readonly headline: string;
  /** The why (a reason, a conclusion, a comment), shown in the body, wrapped and clamped; null when none. */
  readonly detail: string | null;
}

/**
 * Splits an audit row's sentence into a short heading and a body. The summary often ends with the
 * grounds ("Avslog förslaget … för Lomma kommun: <the reason>"): the reason then goes to the body
 * once, under its label. A long sentence without known grounds is split at its first colon, so a
 * pasted conclusion never becomes a bold heading; a short one stays whole.
 */
export const timelineText = (summary: string, grounds: string | null | undefined): TimelineText => {
  if (grounds) {
    const suffix = `: ${grounds}`;
    if (summary.endsWith(suffix) && summary.length > suffix.length) return { headline: summary.slice(0, -suffix.length), detail: grounds };
    return { headline: summary, detail: summary.includes(grounds) ? null : grounds };
  }
  const colon = summary.indexOf(': ');
  if (summary.length > HEADLINE_MAX && colon > 0) return { headline: summary.slice(0, colon), detail: summary.slice(colon + 2) };
  return { headline: summary, detail: null };
};
