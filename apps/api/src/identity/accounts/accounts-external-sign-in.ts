import { Injectable } from '@nestjs/common';
import type { Response } from 'express';
import { Clock, IdGenerator } from '../../infrastructure/clock.js';
import { ExternalSignIn, type ExternalIdentity, type ExternalSignInResult } from '../external-sign-in.js';
import { SessionService } from '../sessions/session.service.js';
import { AccountStore } from './account-store.port.js';

/**
 * Which account an identity a provider vouched for is: a known (issuer, subject) is its linked
 * account; an unknown one with a verified e-mail that an administrator invited is linked to the
 * invited account; anyone else waits for an administrator's approval, without a session.
 */
@Injectable()
export class AccountsExternalSignIn extends ExternalSignIn {
  constructor(
    private readonly store: AccountStore,
    private readonly sessions: SessionService,
    private readonly clock: Clock,
    private readonly ids: IdGenerator,
  ) {
    super();
  }

  async complete(identity: ExternalIdentity, response: Response): Promise<ExternalSignInResult> {
    const now = this.clock.now().toISOString();
    const accountId = (await this.store.accountOfIdentity(identity.issuer, identity.subject)) ?? (await this.invited(identity, now));
    if (!accountId) {
      await this.store.recordPendingSignIn({
        id: this.ids.newId(),
        issuer: identity.issuer,
        subject: identity.subject,
        name: identity.name ?? null,
        email: identity.email ?? null,
        firstSeenAt: now,
      });
      return { kind: 'awaiting-approval' };
    }
    const account = await this.store.findAccount(accountId);
    if (account?.status !== 'active') return { kind: 'refused', reason: 'account-disabled', detail: 'Kontot är avstängt. Kontakta en administratör.' };
    await this.sessions.start(
      accountId,
      {
        method: 'oidc',
        issuer: identity.issuer,
        ...(identity.acr ? { acr: identity.acr } : {}),
        ...(identity.amr ? { amr: identity.amr } : {}),
      },
      response,
    );
    return { kind: 'signed-in', accountId };
  }

  /** Only an e-mail address the provider verified may claim an invitation. */
  private async invited(identity: ExternalIdentity, now: string): Promise<string | undefined> {
    if (!identity.email || identity.emailVerified !== true) return undefined;
    const invitation = await this.store.takeInvitation(identity.email, now);
    if (!invitation) return undefined;
    await this.store.linkIdentity(identity.issuer, identity.subject, invitation.accountId, now);
    return invitation.accountId;
  }
}
