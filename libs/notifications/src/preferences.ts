/**
 * The kinds of e-mail a person may choose, each on its own: what concerns them, never the whole
 * log. Stored with the account (not in the event log: an address and a choice are personal).
 */
export const NOTIFICATION_KINDS = ['proposalAwaiting', 'proposalRejected', 'measuresDue', 'obligationsDue', 'meetingAgenda', 'weeklyDigest'] as const;

export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotificationPreferences {
  readonly kinds: readonly NotificationKind[];
  /** "Due within N days" for measures, and how far ahead a meeting's agenda is sent. */
  readonly dueWithinDays: number;
}

export const DEFAULT_DUE_WITHIN_DAYS = 14;
export const MIN_DUE_WITHIN_DAYS = 1;
export const MAX_DUE_WITHIN_DAYS = 90;

/** Nothing is sent until the person chooses it: an e-mail is an interruption they opt into. */
export const DEFAULT_PREFERENCES: NotificationPreferences = { kinds: [], dueWithinDays: DEFAULT_DUE_WITHIN_DAYS };

export const wants = (preferences: NotificationPreferences, kind: NotificationKind): boolean => preferences.kinds.includes(kind);

export const isNotificationKind = (value: unknown): value is NotificationKind => NOTIFICATION_KINDS.includes(value as NotificationKind);
