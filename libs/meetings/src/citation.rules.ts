import { rule, type BusinessRule, type ProtocolReference } from '@samverkan/shared-kernel';
import { sameSubject, type AgendaSubject } from './agenda-subject.js';
import type { MeetingState } from './state.js';

/**
 * The rules a decision's protocol reference must keep (checked for a new decision only; a stored
 * decision is never judged again): the meeting is this agreement's council meeting, and the cited
 * paragraph's agenda item is about this decision.
 */
export const citationRules = (meeting: MeetingState, agreementId: string, protocol: ProtocolReference, subject: AgendaSubject): BusinessRule[] => {
  const scheduled = meeting.status === 'scheduled' ? meeting : null;
  const item = scheduled?.agenda[protocol.paragraph - 1];
  return [
    rule(
      'MeetingMustBelongToAgreement',
      'Mötet hör inte till den här överenskommelsen.',
      () => scheduled === null || scheduled.agreementId !== agreementId,
      'protocol.meetingId',
    ),
    rule(
      'DecisionMustBeTakenByCouncil',
      'Beslut fattas av det strategiska rådet, inte av den operativa gruppen.',
      () => scheduled?.body !== 'council',
      'protocol.meetingId',
    ),
    rule(
      'ParagraphMustBeAboutDecision',
      `Paragraf § ${protocol.paragraph} på mötets dagordning gäller inte det här beslutet.`,
      () => item === undefined || !sameSubject(item.subject, subject),
      'protocol.paragraph',
    ),
  ];
};
