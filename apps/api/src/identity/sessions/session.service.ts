import { Injectable } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { Request, Response } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { Clock } from '../../infrastructure/clock.js';
import { AccountsService } from '../accounts.service.js';
import { AccountStore, type SessionRecord } from '../accounts/account-store.port.js';
import { digestOf, newSecret } from '../accounts/passwords.js';
import type { Actor } from '../actor.js';
import type { SignInEvidence } from '../external-sign-in.js';

/** The browser's session cookie: HttpOnly (no script reads it), SameSite=Lax, shared by every tab. */
export const SESSION_COOKIE = 'samverkan_session';
/** The header a cookie-borne unsafe request must carry: the session's CSRF token (synchronizer token). */
export const CSRF_HEADER = 'x-csrf-token';

export interface ResolvedSession {
  readonly session: SessionRecord;
  readonly actor: Actor;
}

const MINUTE = 60_000;
/** How stale a session's last-seen time may grow before a request writes it again. */
const TOUCH_EVERY_MS = MINUTE;

/**
 * Server-side browser sessions. The cookie holds a random id; the table holds only its SHA-256, so
 * a copy of accounts.sqlite signs no one in. A session ends after SESSION_IDLE_MINUTES without a
 * request, SESSION_ABSOLUTE_HOURS after sign-in, on sign-out, or when its account is disabled or removed.
 */
@Injectable()
export class SessionService {
  private readonly idleMs: number;
  private readonly absoluteMs: number;
  private readonly alwaysSecure: boolean;

  constructor(
    private readonly store: AccountStore,
    private readonly accounts: AccountsService,
    private readonly clock: Clock,
    config: ConfigService,
  ) {
    this.idleMs = config.getOrThrow<number>('SESSION_IDLE_MINUTES') * MINUTE;
    this.absoluteMs = config.getOrThrow<number>('SESSION_ABSOLUTE_HOURS') * 60 * MINUTE;
    this.alwaysSecure = config.getOrThrow<boolean>('COOKIE_SECURE');
  }

  /** Starts a session for the account and sets its cookie on the response; answers the CSRF token. */
  async start(accountId: string, signIn: SignInEvidence, response: Response): Promise<string> {
    const id = newSecret();
    const csrfToken = newSecret();
    const now = this.clock.now().toISOString();
    await this.store.saveSession({ idHash: digestOf(id), accountId, csrfToken, signIn, createdAt: now, lastSeenAt: now });
    response.cookie(SESSION_COOKIE, id, {
      httpOnly: true,
      sameSite: 'lax',
      secure: this.alwaysSecure || response.req.secure,
      path: '/',
    });
    return csrfToken;
  }

  /** The live session behind a cookie value and its account's actor; an ended one is deleted and answers undefined. */
  async resolve(cookie: string): Promise<ResolvedSession | undefined> {
    const idHash = digestOf(cookie);
    const session = await this.store.findSession(idHash);
    if (!session) return undefined;
    const now = this.clock.now();
    const sinceSeen = now.getTime() - Date.parse(session.lastSeenAt);
    const idle = sinceSeen > this.idleMs;
    const tooOld = now.getTime() - Date.parse(session.createdAt) > this.absoluteMs;
    const actor = idle || tooOld ? undefined : await this.accounts.find(session.accountId, session.signIn);
    if (!actor) {
      await this.store.deleteSession(idHash);
      return undefined;
    }
    // Written at most once a minute, not on every request: an idle timeout is counted in minutes, and
    // a write per request would put a synced disk write in front of every page's every query.
    if (sinceSeen >= TOUCH_EVERY_MS) await this.store.touchSession(idHash, now.toISOString());
    return { session, actor };
  }

  async end(cookie: string, response: Response): Promise<void> {
    await this.store.deleteSession(digestOf(cookie));
    response.clearCookie(SESSION_COOKIE, { path: '/' });
  }
}

/** Whether the request's CSRF header matches the session's token, compared in constant time. */
export const csrfMatches = (request: Request, session: SessionRecord): boolean => {
  const given = Buffer.from(request.header(CSRF_HEADER) ?? '');
  const expected = Buffer.from(session.csrfToken);
  return given.length === expected.length && timingSafeEqual(given, expected);
};
