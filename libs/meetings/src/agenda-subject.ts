/**
 * What an agenda item (and so a paragraph of the minutes) is about. A decision taken at a meeting
 * cites the paragraph whose subject it is: approving a transition cites the item for that proposal,
 * an annex decision the item for that version, an amendment's approval the item for the amendment.
 */
export type AgendaSubject =
  | { readonly kind: 'transition'; readonly focusAreaId: string; readonly proposalId: string }
  | { readonly kind: 'annexVersion'; readonly annexId: string; readonly version: number }
  | { readonly kind: 'amendment'; readonly amendmentId: string }
  | { readonly kind: 'followUp'; readonly focusAreaId: string }
  | { readonly kind: 'other' };

export type AgendaSubjectKind = AgendaSubject['kind'];
export const AGENDA_SUBJECT_KINDS: readonly AgendaSubjectKind[] = ['transition', 'annexVersion', 'amendment', 'followUp', 'other'];

/** Two subjects are the same decision matter (an `other` item is never a decision's subject). */
export const sameSubject = (a: AgendaSubject, b: AgendaSubject): boolean => {
  switch (a.kind) {
    case 'transition':
      return b.kind === 'transition' && a.focusAreaId === b.focusAreaId && a.proposalId === b.proposalId;
    case 'annexVersion':
      return b.kind === 'annexVersion' && a.annexId === b.annexId && a.version === b.version;
    case 'amendment':
      return b.kind === 'amendment' && a.amendmentId === b.amendmentId;
    case 'followUp':
      return b.kind === 'followUp' && a.focusAreaId === b.focusAreaId;
    case 'other':
      return false;
  }
};
