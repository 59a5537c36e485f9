import type { NotificationKind, NotificationPreferences } from './preferences.js';

/** An account that may receive mail: its id (what roles name) and what it chose. The address is the API's to add. */
export interface Recipient {
  readonly accountId: string;
  readonly preferences: NotificationPreferences;
}

/**
 * One e-mail that is due to one person. `id` is deterministic (the event id or the period, the
 * recipient and the kind): the outbox keeps one row per id, so deciding it twice (a replay after a
 * crash, a second instance) never sends it twice. `path` is the page it links to, under the app's URL.
 */
export interface NotificationDue {
  readonly id: string;
  readonly recipientId: string;
  readonly kind: NotificationKind;
  readonly subject: string;
  readonly text: string;
  readonly path: string;
}

export const eventNotificationId = (eventId: string, recipientId: string, kind: NotificationKind): string => `${kind}:${recipientId}:${eventId}`;

/** For the scheduled kinds: one per recipient, kind and period (a week, a meeting). */
export const periodNotificationId = (period: string, recipientId: string, kind: NotificationKind): string => `${kind}:${recipientId}:${period}`;
