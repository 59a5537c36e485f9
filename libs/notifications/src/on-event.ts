import { STEP_LABEL_SV, TRANSITION_LABEL_SV, type TransitionKind, type Step } from '@samverkan/cycle';
import { partyIdsOf, type AgreementDirectoryDoc, type FocusAreaBoardDoc } from '@samverkan/read-models';
import { dateOfInstant, focusAreaIdOfStream, type EventMetadata } from '@samverkan/shared-kernel';
import { addressedAs, councilMembersOf, holders, partyName } from './audience.js';
import { eventNotificationId, type NotificationDue, type Recipient } from './notification.js';
import { wants } from './preferences.js';

/** The part of a stored event the notifier reads. */
export interface NotifiableEvent {
  readonly eventId: string;
  readonly streamId: string;
  readonly type: string;
  readonly data: unknown;
  readonly metadata: EventMetadata;
}

/**
 * What the notifier knows when it reaches the event: the read models (at or past the event's
 * position), the proposer of a rejected proposal (kept by the notifier when the proposal passed),
 * and the accounts that chose mail.
 */
export interface EventFacts {
  readonly agreement: AgreementDirectoryDoc | undefined;
  readonly focusArea: FocusAreaBoardDoc | undefined;
  readonly proposerOf: (proposalId: string) => string | undefined;
  readonly recipient: (accountId: string) => Recipient | undefined;
}

interface ProposedData {
  readonly proposalId: string;
  readonly transition: TransitionKind;
  readonly from: Step;
  readonly to: Step;
  readonly grounds: string;
}

interface RejectedData {
  readonly proposalId: string;
  readonly partyId: string;
  readonly reason: string;
}

const proposalAwaiting = (event: NotifiableEvent, data: ProposedData, agreement: AgreementDirectoryDoc, doc: FocusAreaBoardDoc, facts: EventFacts) => {
  // Judged when the notifier reaches it: a proposal decided meanwhile waits for no one.
  const pending = doc.pendingProposal;
  if (!pending || pending.proposalId !== data.proposalId) return [];
  const waiting = partyIdsOf(agreement, dateOfInstant(event.metadata.occurredAt)).filter((party) => !pending.approvedBy.includes(party));
  return waiting.flatMap((partyId) =>
    councilMembersOf(agreement, partyId).flatMap((role): NotificationDue[] => {
      const recipient = facts.recipient(role.userId);
      if (!recipient || !wants(recipient.preferences, 'proposalAwaiting')) return [];
      return [
        {
          id: eventNotificationId(event.eventId, role.userId, 'proposalAwaiting'),
          recipientId: role.userId,
          kind: 'proposalAwaiting',
          subject: `Förslag väntar på beslut: ${doc.title}`,
          text: [
            `Du får det här som ${addressedAs(agreement, role)} i ${agreement.name}.`,
            '',
            `I fokusområdet ${doc.title} väntar ett förslag på beslut från ${partyName(agreement, partyId)}: att ${TRANSITION_LABEL_SV[data.transition]}.`,
            `Från steget ${STEP_LABEL_SV[data.from]} till ${STEP_LABEL_SV[data.to]}.`,
            `Skäl: ${data.grounds}`,
          ].join('\n'),
          path: '/beslut',
        },
      ];
    }),
  );
};

const proposalRejected = (event: NotifiableEvent, data: RejectedData, agreement: AgreementDirectoryDoc, doc: FocusAreaBoardDoc, facts: EventFacts) => {
  const proposer = facts.proposerOf(data.proposalId);
  const recipient = proposer === undefined ? undefined : facts.recipient(proposer);
  if (!proposer || !recipient || !wants(recipient.preferences, 'proposalRejected')) return [];
  const role = holders(agreement, (r) => r.userId === proposer)[0];
  const notification: NotificationDue = {
    id: eventNotificationId(event.eventId, proposer, 'proposalRejected'),
    recipientId: proposer,
    kind: 'proposalRejected',
    subject: `Ditt förslag har avslagits: ${doc.title}`,
    text: [
      ...(role ? [`Du får det här som ${addressedAs(agreement, role)} i ${agreement.name}.`, ''] : []),
      `${partyName(agreement, data.partyId)} har avslagit ditt förslag i fokusområdet ${doc.title}, som står i steget ${STEP_LABEL_SV[doc.step]}.`,
      `Skäl: ${data.reason}`,
    ].join('\n'),
    path: `/fokusomraden/${doc.focusAreaId}`,
  };
  return [notification];
};

/**
 * The proposal whose proposer `notificationsOnEvent` will ask `facts.proposerOf` about for this
 * event (a rejection mails the proposer), so the notifier looks up only that one, before deciding.
 */
export const proposalAskedAbout = (event: NotifiableEvent): string | undefined =>
  event.type === 'TransitionRejected' ? (event.data as RejectedData).proposalId : undefined;

/** The mails one event causes, at most one per recipient and kind (its id says so). */
export const notificationsOnEvent = (event: NotifiableEvent, facts: EventFacts): NotificationDue[] => {
  const { agreement, focusArea } = facts;
  if (!agreement || !focusArea || focusAreaIdOfStream(event.streamId) !== focusArea.focusAreaId) return [];
  switch (event.type) {
    case 'TransitionProposed':
      return proposalAwaiting(event, event.data as ProposedData, agreement, focusArea, facts);
    case 'TransitionRejected':
      return proposalRejected(event, event.data as RejectedData, agreement, focusArea, facts);
    default:
      return [];
  }
};
