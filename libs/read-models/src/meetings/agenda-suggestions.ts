import { sameSubject, type AgendaSubject } from '@samverkan/meetings';
import type { IsoDate } from '@samverkan/shared-kernel';
import type { Step, TransitionKind } from '@samverkan/cycle';
import { ANNEX_KIND_LABEL_SV } from '@samverkan/annexes';
import type { AgreementDirectoryDoc } from '../agreement-directory/agreement-directory.doc.js';
import type { AnnexDoc } from '../annexes/annex.doc.js';
import { inBoardOrder, type FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';
import { lateMeasures } from '../focus-area-board/late-measures.query.js';
import type { ObligationStatus } from '../obligations/obligation-status.js';
import { proposalSv } from '../plan-changes/proposal-changes.js';
import type { MeetingDoc } from './meeting.doc.js';

/** One thing the agenda could take up, with a title to start from and whether it is already on it. */
export interface AgendaSuggestion {
  readonly title: string;
  readonly subject: AgendaSubject;
  readonly onAgenda: boolean;
}

export interface ProposalSuggestion extends AgendaSuggestion {
  readonly focusAreaTitle: string;
  readonly transition: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly grounds: string;
}

export interface FollowUpSuggestion extends AgendaSuggestion {
  readonly focusAreaTitle: string;
  readonly lateMeasures: number;
}

export interface AnnexSuggestion extends AgendaSuggestion {
  readonly annexTitle: string;
  readonly version: number;
}

export interface AmendmentSuggestion extends AgendaSuggestion {
  readonly effectiveFrom: IsoDate;
  readonly grounds: string;
}

export interface AgendaSuggestions {
  /** Proposals waiting for the council (the council's decision matters). */
  readonly pendingProposals: readonly ProposalSuggestion[];
  /** Focus areas with measures past their due date, to follow up. */
  readonly lateFocusAreas: readonly FollowUpSuggestion[];
  /** Annex versions drafted and not yet decided by the council. */
  readonly annexUpdates: readonly AnnexSuggestion[];
  /** Amendments of the agreement waiting for the parties' consent. */
  readonly pendingAmendments: readonly AmendmentSuggestion[];
  /** The agreement's obligations that are due or overdue on the day asked about. */
  readonly obligationsDue: readonly ObligationStatus[];
}

/** What the council would take up about an agreement besides its focus areas. */
export interface AgreementMatters {
  readonly agreement: Pick<AgreementDirectoryDoc, 'amendments'>;
  readonly annexes: readonly AnnexDoc[];
  readonly obligations: readonly ObligationStatus[];
}

const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What the board, the annexes, the amendments and the obligations suggest for a meeting's agenda. */
export const agendaSuggestions = (
  meeting: MeetingDoc,
  boards: readonly FocusAreaBoardDoc[],
  { agreement, annexes, obligations }: AgreementMatters,
  today: IsoDate,
): AgendaSuggestions => {
  const onAgenda = (subject: AgendaSubject) => meeting.agenda.some((item) => sameSubject(item.subject, subject));
  const ordered = inBoardOrder(boards);
  const pendingProposals = ordered.flatMap((board): ProposalSuggestion[] => {
    const p = board.pendingProposal;
    if (!p) return [];
    const subject: AgendaSubject = { kind: 'transition', focusAreaId: board.focusAreaId, proposalId: p.proposalId };
    return [
      {
        title: `${board.title}: ${sentenceCase(proposalSv(p).replace(/^att /, ''))}`,
        subject,
        onAgenda: onAgenda(subject),
        focusAreaTitle: board.title,
        transition: p.transition,
        from: p.from,
        to: p.to,
        grounds: p.grounds,
      },
    ];
  });
  const late = lateMeasures(ordered, today);
  const lateFocusAreas = ordered.flatMap((board): FollowUpSuggestion[] => {
    const count = late.filter((m) => m.focusAreaId === board.focusAreaId).length;
    if (count === 0) return [];
    const subject: AgendaSubject = { kind: 'followUp', focusAreaId: board.focusAreaId };
    return [
      {
        title: `${board.title}: uppföljning av försenade åtgärder`,
        subject,
        onAgenda: onAgenda(subject),
        focusAreaTitle: board.title,
        lateMeasures: count,
      },
    ];
  });
  const annexUpdates = annexes.flatMap((annex) =>
    annex.versions
      .filter((v) => v.decision === null)
      .map((v): AnnexSuggestion => {
        const subject: AgendaSubject = { kind: 'annexVersion', annexId: annex.annexId, version: v.version };
        const title = `${ANNEX_KIND_LABEL_SV[annex.kind]}: ${annex.title}, version ${v.version}`;
        return {
          title: `Beslut om ${title.charAt(0).toLowerCase()}${title.slice(1)}`,
          subject,
          onAgenda: onAgenda(subject),
          annexTitle: annex.title,
          version: v.version,
        };
      }),
  );
  const pendingAmendments = agreement.amendments
    .filter((a) => a.status === 'pending')
    .map((a): AmendmentSuggestion => {
      const subject: AgendaSubject = { kind: 'amendment', amendmentId: a.amendmentId };
      return {
        title: `Ändring av överenskommelsen från ${a.effectiveFrom}`,
        subject,
        onAgenda: onAgenda(subject),
        effectiveFrom: a.effectiveFrom,
        grounds: a.grounds,
      };
    });
  const obligationsDue = obligations.filter((o) => o.status === 'due' || o.status === 'overdue');
  return { pendingProposals, lateFocusAreas, annexUpdates, pendingAmendments, obligationsDue };
};
