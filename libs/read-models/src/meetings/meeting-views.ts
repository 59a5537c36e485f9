import type { AgendaSubject, MeetingStatus, MinutesNote } from '@samverkan/meetings';
import { yearOf, type IsoDate, type MeetingBody, type Role } from '@samverkan/shared-kernel';
import type { Step, TransitionKind } from '@samverkan/cycle';
import type { AgreementDirectoryDoc } from '../agreement-directory/agreement-directory.doc.js';
import { rolesHeldIn } from '../agreement-directory/directory-access.js';
import type { FocusAreaBoardDoc } from '../focus-area-board/focus-area-board.doc.js';
import type { MeetingDoc } from './meeting.doc.js';

/**
 * Who reads which meeting: coordinators and auditors every meeting of their agreement, council
 * members the council's meetings (the operative group's are the coordinators' working meetings),
 * administrators all.
 */
export const mayReadMeeting = (agreement: AgreementDirectoryDoc, userId: string, administrator: boolean, body: MeetingBody): boolean => {
  if (administrator) return true;
  const roles = rolesHeldIn(agreement, userId).map((r) => r.role);
  return roles.includes('coordinator') || roles.includes('auditor') || (body === 'council' && roles.length > 0);
};

export interface MeetingSummary {
  readonly meetingId: string;
  readonly body: MeetingBody;
  readonly date: IsoDate;
  readonly place: string;
  readonly status: Exclude<MeetingStatus, 'unscheduled'>;
  readonly heldOn: IsoDate | null;
  /** Each paragraph's subject, so a decision dialog can offer the paragraph about its matter. */
  readonly paragraphs: readonly { readonly paragraph: number; readonly title: string; readonly subject: AgendaSubject }[];
  readonly decisionCount: number;
  readonly revision: number;
}

export interface MeetingYear {
  readonly year: number;
  readonly body: MeetingBody;
  readonly held: number;
}

export interface AgreementMeetings {
  readonly agreementId: string;
  /** Not yet held, soonest first. */
  readonly upcoming: readonly MeetingSummary[];
  /** Held, latest first. */
  readonly held: readonly MeetingSummary[];
  /** Meetings held per calendar year and body (what the meetings-per-year obligations count, beside recorded fulfilments). */
  readonly perYear: readonly MeetingYear[];
}

const summaryOf = (doc: MeetingDoc): MeetingSummary => ({
  meetingId: doc.meetingId,
  body: doc.body,
  date: doc.date,
  place: doc.place,
  status: doc.status,
  heldOn: doc.heldOn,
  paragraphs: doc.agenda.map(({ paragraph, title, subject }) => ({ paragraph, title, subject })),
  decisionCount: doc.decisions.length,
  revision: doc.revision,
});

export const agreementMeetings = (agreementId: string, docs: readonly MeetingDoc[]): AgreementMeetings => {
  const byDate = [...docs].sort((a, b) => a.date.localeCompare(b.date) || a.meetingId.localeCompare(b.meetingId));
  const held = byDate.filter((d) => d.heldOn !== null);
  const years = new Map<string, MeetingYear>();
  for (const doc of held) {
    const key = `${yearOf(doc.heldOn!)}:${doc.body}`;
    const year = years.get(key) ?? { year: yearOf(doc.heldOn!), body: doc.body, held: 0 };
    years.set(key, { ...year, held: year.held + 1 });
  }
  return {
    agreementId,
    upcoming: byDate.filter((d) => d.heldOn === null).map(summaryOf),
    held: held.reverse().map(summaryOf),
    perYear: [...years.values()].sort((a, b) => b.year - a.year || a.body.localeCompare(b.body)),
  };
};

/** What the council reads before deciding a transition: the proposal and the focus area's work, from the board. */
export interface TransitionMaterial {
  readonly focusAreaTitle: string;
  readonly step: Step;
  /** Null once the proposal is no longer pending (decided, withdrawn or void). */
  readonly proposal: {
    readonly transition: TransitionKind;
    readonly from: Step;
    readonly to: Step;
    readonly grounds: string;
    readonly approvedBy: readonly string[];
  } | null;
  readonly work: {
    readonly problem: string | null;
    readonly sources: number;
    readonly causes: number;
    readonly goals: number;
    readonly measures: number;
    readonly childImpactAssessment: boolean;
  };
}

export interface DecisionUnderParagraph {
  readonly eventType: string;
  readonly partyId: string | null;
  readonly partyName: string | null;
  readonly proposalId: string | null;
  readonly reason: string | null;
  readonly actorRole: Role;
  /** The function the decider held for the party ("Kommunstyrelsens ordförande"), never a name. */
  readonly actorFunction: string | null;
  readonly occurredAt: string;
}

export interface MeetingParagraph {
  readonly paragraph: number;
  readonly itemId: string;
  readonly title: string;
  readonly subject: AgendaSubject;
  readonly note: string | null;
  readonly decisions: readonly DecisionUnderParagraph[];
  readonly material: TransitionMaterial | null;
}

export interface MinutesCheckView {
  readonly partyId: string;
  readonly partyName: string;
  readonly actorFunction: string | null;
  readonly checkedAt: string;
}

export interface MeetingDetail {
  readonly meetingId: string;
  readonly agreementId: string;
  readonly agreementName: string;
  readonly body: MeetingBody;
  readonly date: IsoDate;
  readonly place: string;
  readonly status: Exclude<MeetingStatus, 'unscheduled'>;
  readonly heldOn: IsoDate | null;
  readonly revision: number;
  readonly paragraphs: readonly MeetingParagraph[];
  readonly minutes: {
    readonly adoptedAt: string;
    readonly checks: readonly MinutesCheckView[];
    /** Parties still to check, in the agreement's order. */
    readonly awaiting: readonly { readonly partyId: string; readonly partyName: string }[];
  } | null;
  /** Whether a new decision may still cite this meeting: a council meeting whose minutes not every party has checked. */
  readonly citable: boolean;
}

const functionOf = (agreement: AgreementDirectoryDoc, userId: string, partyId: string | null): string | null => {
  const held = [...agreement.roles, ...agreement.roleHistory].find((r) => r.userId === userId && (partyId === null || r.partyId === partyId));
  return held?.function ?? null;
};

const materialOf = (subject: AgendaSubject, boards: readonly FocusAreaBoardDoc[]): TransitionMaterial | null => {
  if (subject.kind !== 'transition' && subject.kind !== 'followUp') return null;
  const board = boards.find((b) => b.focusAreaId === subject.focusAreaId);
  if (!board) return null;
  const pending = subject.kind === 'transition' && board.pendingProposal?.proposalId === subject.proposalId ? board.pendingProposal : null;
  const { work } = board;
  const problem = work.problemStatement ? `${work.problemStatement.what}, ${work.problemStatement.where}, ${work.problemStatement.when}` : null;
  return {
    focusAreaTitle: board.title,
    step: board.step,
    proposal: pending && { transition: pending.transition, from: pending.from, to: pending.to, grounds: pending.grounds, approvedBy: pending.approvedBy },
    work: {
      problem,
      sources: work.sources.length,
      causes: work.causes.length,
      goals: work.goals.length,
      measures: work.measures.length,
      childImpactAssessment: work.childImpactAssessment !== null,
    },
  };
};

export const meetingDetail = (doc: MeetingDoc, agreement: AgreementDirectoryDoc, boards: readonly FocusAreaBoardDoc[]): MeetingDetail => {
  const partyName = (partyId: string) => agreement.parties.find((p) => p.partyId === partyId)?.name ?? partyId;
  const noteOf = (notes: readonly MinutesNote[], itemId: string) => notes.find((n) => n.itemId === itemId)?.note ?? null;
  const paragraphs = doc.agenda.map(
    (item): MeetingParagraph => ({
      paragraph: item.paragraph,
      itemId: item.itemId,
      title: item.title,
      subject: item.subject,
      note: doc.minutes ? noteOf(doc.minutes.notes, item.itemId) : null,
      decisions: doc.decisions
        .filter((d) => d.paragraph === item.paragraph)
        .map((d) => ({
          eventType: d.eventType,
          partyId: d.partyId,
          partyName: d.partyId === null ? null : partyName(d.partyId),
          proposalId: d.proposalId,
          reason: d.reason,
          actorRole: d.actorRole,
          actorFunction: functionOf(agreement, d.actorId, d.partyId),
          occurredAt: d.occurredAt,
        })),
      material: materialOf(item.subject, boards),
    }),
  );
  const minutes = doc.minutes && {
    adoptedAt: doc.minutes.adoptedAt,
    checks: doc.checks.map((c) => ({
      partyId: c.partyId,
      partyName: partyName(c.partyId),
      actorFunction: functionOf(agreement, c.actorId, c.partyId),
      checkedAt: c.checkedAt,
    })),
    awaiting: doc.minutes.partyIds.filter((p) => !doc.checks.some((c) => c.partyId === p)).map((partyId) => ({ partyId, partyName: partyName(partyId) })),
  };
  return {
    meetingId: doc.meetingId,
    agreementId: doc.agreementId,
    agreementName: agreement.name,
    body: doc.body,
    date: doc.date,
    place: doc.place,
    status: doc.status,
    heldOn: doc.heldOn,
    revision: doc.revision,
    paragraphs,
    minutes,
    citable: doc.body === 'council' && doc.status !== 'minutesChecked',
  };
};
