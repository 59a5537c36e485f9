import { rule, type BusinessRule, type ProtocolReference } from '@samverkan/shared-kernel';
import { sameSubject, type AgendaSubject } from './agenda-subject.js';
import type { MeetingState } from './state.js';

/**
 * The rules a decision's protocol reference must keep (checked for a new decision only; a stored
 * decision is never judged again): the meeting is this agreement's council meeting, its minutes
 * are not yet checked by every party (checked minutes are final: nothing new may be added under
 * them), and the cited paragraph's agenda item is about this decision.
 */
export const citationRules = (meeting: MeetingState, agreementId: string, protocol: ProtocolReference, subject: AgendaSubject): BusinessRule[] => {
  const known = meeting.status === 'unscheduled' ? null : meeting;
  const item = known?.agenda[protocol.paragraph - 1];
  return [
    rule(
      'MeetingMustBelongToAgreement',
      'Mötet hör inte till den här överenskommelsen.',
      () => known === null || known.agreementId !== agreementId,
      'protocol.meetingId',
    ),
    rule(
      'DecisionMustBeTakenByCouncil',
      'Beslut fattas av det strategiska rådet, inte av den operativa gruppen.',
      () => known?.body !== 'council',
      'protocol.meetingId',
    ),
    rule(
      'MinutesMustNotBeChecked',
      'Mötets protokoll är justerat av alla parter: inga nya beslut kan hänvisa till det.',
      () => known?.status === 'minutesChecked',
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
