import type { Measure } from '@samverkan/cycle';
import { OBLIGATION_KIND_LABEL_SV } from '@samverkan/agreements';
import {
  decisionInbox,
  inBoardOrder,
  partyIdsOf,
  type AgreementDirectoryDoc,
  type DirectoryRole,
  type FocusAreaBoardDoc,
  type MeetingDoc,
  type ObligationStatus,
} from '@samverkan/read-models';
import { addDays, type IsoDate } from '@samverkan/shared-kernel';
import { addressedAs, coordinators, councilMembers, councilPartiesOf, holders, isCoordinator, partiesOf } from './audience.js';
import { periodNotificationId, type NotificationDue, type Recipient } from './notification.js';
import { wants, type NotificationKind } from './preferences.js';
import { weekOf } from './periods.js';

/** One agreement as the scheduler sees it on `today` (the caller's date: nothing here reads a clock). */
export interface AgreementFacts {
  readonly agreement: AgreementDirectoryDoc;
  readonly board: readonly FocusAreaBoardDoc[];
  /** The agreement's obligations as the late-and-due query judges them today. */
  readonly obligations: readonly ObligationStatus[];
  readonly meetings: readonly MeetingDoc[];
}

const isRunning = (doc: FocusAreaBoardDoc): boolean => doc.step !== 'closed' && doc.step !== 'withdrawn';

interface OpenMeasure {
  readonly doc: FocusAreaBoardDoc;
  readonly measure: Measure;
}

/** The current cycle's measures not done, of focus areas still running, earliest due first. */
const openMeasures = (board: readonly FocusAreaBoardDoc[]): OpenMeasure[] =>
  inBoardOrder(board)
    .filter(isRunning)
    .flatMap((doc) => doc.work.measures.filter((m) => m.status !== 'done').map((measure) => ({ doc, measure })))
    .sort((a, b) => a.measure.dueDate.localeCompare(b.measure.dueDate));

/** Coordinators follow every measure; anyone else those their party is responsible for, alone or shared. */
const concerns = (agreement: AgreementDirectoryDoc, role: DirectoryRole, measure: Measure): boolean => {
  if (isCoordinator(agreement, role.userId)) return true;
  const parties = partiesOf(agreement, role.userId);
  return parties.includes(measure.responsiblePartyId) || (measure.coResponsible ?? []).some((shared) => parties.includes(shared.partyId));
};

const measureLine = ({ doc, measure }: OpenMeasure, today: IsoDate): string =>
  `- ${measure.activity} (${doc.title}; ansvarig: ${measure.responsibleFunction}) ska vara klar ${measure.dueDate}${measure.dueDate < today ? ', försenad' : ''}`;

const mail = (
  kind: NotificationKind,
  period: string,
  role: DirectoryRole,
  agreement: AgreementDirectoryDoc,
  subject: string,
  lines: readonly string[],
  path: string,
): NotificationDue => ({
  id: periodNotificationId(`${agreement.agreementId}:${period}`, role.userId, kind),
  recipientId: role.userId,
  kind,
  subject,
  text: [`Du får det här som ${addressedAs(agreement, role)} i ${agreement.name}.`, '', ...lines].join('\n'),
  path,
});

const measuresDue = (facts: AgreementFacts, role: DirectoryRole, recipient: Recipient, today: IsoDate): NotificationDue[] => {
  const until = addDays(today, recipient.preferences.dueWithinDays);
  const due = openMeasures(facts.board).filter((o) => o.measure.dueDate <= until && concerns(facts.agreement, role, o.measure));
  if (due.length === 0) return [];
  const lines = [
    `Åtgärder som ska vara klara inom ${recipient.preferences.dueWithinDays} dagar eller är försenade:`,
    ...due.map((o) => measureLine(o, today)),
  ];
  return [mail('measuresDue', weekOf(today), role, facts.agreement, `Åtgärder att följa upp i ${facts.agreement.name}`, lines, '/forsenat')];
};

const OPEN_OBLIGATION = new Set(['due', 'overdue']);

const obligationLine = (o: ObligationStatus): string =>
  `- ${OBLIGATION_KIND_LABEL_SV[o.kind]} (${o.periodLabel})${o.dueBy ? ` senast ${o.dueBy}` : ''}${o.status === 'overdue' ? ', försenat' : ''}`;

const obligationsDue = (facts: AgreementFacts, role: DirectoryRole, today: IsoDate): NotificationDue[] => {
  if (!isCoordinator(facts.agreement, role.userId)) return [];
  const open = facts.obligations.filter((o) => OPEN_OBLIGATION.has(o.status));
  if (open.length === 0) return [];
  const lines = ['Det här ska göras enligt överenskommelsen:', ...open.map(obligationLine)];
  return [mail('obligationsDue', weekOf(today), role, facts.agreement, `Åtaganden att göra i ${facts.agreement.name}`, lines, '/forsenat')];
};

/** The council's meetings go to its members and the coordinators; the operative group's to the coordinators, who convene it. */
const meetingAudience = (facts: AgreementFacts, meeting: MeetingDoc): DirectoryRole[] =>
  meeting.body === 'council' ? [...coordinators(facts.agreement), ...councilMembers(facts.agreement)] : coordinators(facts.agreement);

const BODY_SV = { council: 'rådet', operativeGroup: 'den operativa gruppen' } as const;

const meetingAgenda = (facts: AgreementFacts, role: DirectoryRole, recipient: Recipient, today: IsoDate): NotificationDue[] => {
  const until = addDays(today, recipient.preferences.dueWithinDays);
  return facts.meetings
    .filter((m) => m.status === 'scheduled' && m.date >= today && m.date <= until)
    .filter((m) => meetingAudience(facts, m).some((r) => r.userId === role.userId))
    .map((m) => {
      const agenda =
        m.agenda.length === 0 ? ['Dagordningen är ännu tom.'] : ['Dagordning:', ...m.agenda.map((item) => `§ ${item.paragraph} ${item.title}`)];
      const lines = [`Möte med ${BODY_SV[m.body]} ${m.date}, ${m.place}.`, '', ...agenda];
      // Keyed by the meeting and its day: a meeting moved to another day is announced again.
      return mail('meetingAgenda', `${m.meetingId}:${m.date}`, role, facts.agreement, `Dagordning inför mötet ${m.date}`, lines, `/moten/${m.meetingId}`);
    });
};

const weeklyDigest = (facts: AgreementFacts, role: DirectoryRole, today: IsoDate): NotificationDue[] => {
  const partyIds = partyIdsOf(facts.agreement, today);
  const waiting = councilPartiesOf(facts.agreement, role.userId).flatMap((party) =>
    decisionInbox(facts.board, party, partyIds).filter((item) => item.decidedForParty === null && item.awaiting.includes(party)),
  );
  const late = openMeasures(facts.board).filter((o) => o.measure.dueDate < today && concerns(facts.agreement, role, o.measure));
  const obligations = isCoordinator(facts.agreement, role.userId) ? facts.obligations.filter((o) => o.status === 'overdue') : [];
  if (waiting.length + late.length + obligations.length === 0) return [];
  const lines = [
    ...(waiting.length ? ['Förslag som väntar på beslut:', ...waiting.map((item) => `- ${item.focusAreaTitle}: ${item.transitionLabel}`), ''] : []),
    ...(late.length ? ['Försenade åtgärder:', ...late.map((o) => measureLine(o, today)), ''] : []),
    ...(obligations.length ? ['Försenade åtaganden:', ...obligations.map(obligationLine)] : []),
  ];
  return [mail('weeklyDigest', weekOf(today), role, facts.agreement, `Veckans sammanfattning för ${facts.agreement.name}`, lines, '/')];
};

/**
 * The time-based mails due on `today` in one agreement. Each is keyed by its recipient, kind and
 * period (the week, or the meeting and its day), so running this again the same week, after a
 * restart or on a second instance, decides the same ids and the outbox keeps one of each.
 */
export const scheduledNotifications = (
  facts: AgreementFacts,
  recipient: (accountId: string) => Recipient | undefined,
  today: IsoDate,
): NotificationDue[] =>
  holders(facts.agreement, () => true).flatMap((role) => {
    const who = recipient(role.userId);
    if (!who) return [];
    return [
      ...(wants(who.preferences, 'measuresDue') ? measuresDue(facts, role, who, today) : []),
      ...(wants(who.preferences, 'obligationsDue') ? obligationsDue(facts, role, today) : []),
      ...(wants(who.preferences, 'meetingAgenda') ? meetingAgenda(facts, role, who, today) : []),
      ...(wants(who.preferences, 'weeklyDigest') ? weeklyDigest(facts, role, today) : []),
    ];
  });
