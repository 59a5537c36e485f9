import { sameSubject, type AgendaSubject } from '@samverkan/meetings';
import type { IsoDate } from '@samverkan/shared-kernel';
import type { Step, TransitionKind } from '@samverkan/cycle';
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

export interface AgendaSuggestions {
  /** Proposals waiting for the council (the council's decision matters). */
  readonly pendingProposals: readonly ProposalSuggestion[];
  /** Focus areas with measures past their due date, to follow up. */
  readonly lateFocusAreas: readonly FollowUpSuggestion[];
  /** The agreement's obligations that are due or overdue on the day asked about. */
  readonly obligationsDue: readonly ObligationStatus[];
}

const sentenceCase = (text: string): string => text.charAt(0).toUpperCase() + text.slice(1);

/** What the board and the obligations suggest for a meeting's agenda. */
export const agendaSuggestions = (
  meeting: MeetingDoc,
  boards: readonly FocusAreaBoardDoc[],
  obligations: readonly ObligationStatus[],
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
  return { pendingProposals, lateFocusAreas, obligationsDue: obligations.filter((o) => o.status === 'due' || o.status === 'overdue') };
};
