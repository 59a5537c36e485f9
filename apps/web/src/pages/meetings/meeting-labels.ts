import { formatDate } from '../../ui';
import type { MeetingBody, MeetingStatus } from './meeting-queries';

export const BODY_LABEL: Readonly<Record<MeetingBody, string>> = {
  council: 'Strategiska rådet',
  operativeGroup: 'Operativa gruppen',
};

export const STATUS_LABEL: Readonly<Record<MeetingStatus, string>> = {
  scheduled: 'Planerat',
  held: 'Hållet, protokoll ej fastställt',
  minutesAdopted: 'Protokollet väntar på justering',
  minutesChecked: 'Protokollet justerat',
};

/** "Strategiska rådets möte 13 mars 2025": how the meeting is named everywhere (and in the audit history). */
export const meetingTitle = (body: MeetingBody, date: string): string =>
  `${body === 'council' ? 'Strategiska rådets' : 'Operativa gruppens'} möte ${formatDate(date)}`;

export const meetingPath = (meetingId: string): string => `/moten/${encodeURIComponent(meetingId)}`;
