import { describe, it, expect } from '@jest/globals';
import { deciderSpecification } from '@samverkan/shared-kernel/testing';
import { agreementDecider } from '../decide.js';
import type { PublicPagePublished, PublicPageWithdrawn } from '../events.js';
import { PUBLIC_PAGE_WITHDRAWAL_REASON_MAX_LENGTH } from '../rules/public-page.rules.js';
import { foldAgreement } from '../state.js';
import { lommaRegistered } from '../testing/fixtures.js';
import type { PublishPublicPage, WithdrawPublicPage } from './public-page.js';

const spec = deciderSpecification(agreementDecider);
const AGREEMENT_ID = 'lomma-2023-2027';
const publish: PublishPublicPage = { type: 'PublishPublicPage', data: { agreementId: AGREEMENT_ID } };
const withdraw = (reason: string): WithdrawPublicPage => ({ type: 'WithdrawPublicPage', data: { agreementId: AGREEMENT_ID, reason } });
const published: PublicPagePublished = { type: 'PublicPagePublished', schemaVersion: 1, data: { agreementId: AGREEMENT_ID } };
const withdrawn = (reason: string): PublicPageWithdrawn => ({
  type: 'PublicPageWithdrawn',
  schemaVersion: 1,
  data: { agreementId: AGREEMENT_ID, reason },
});
const reason = 'Sidan ses över inför nästa överenskommelse';

describe('public page for residents', () => {
  describe('publish', () => {
    it('publishes the page of a registered agreement that has none', () => {
      spec.given([lommaRegistered()]).when(publish).then([published]);
    });

    it('publishes it again after it was taken down', () => {
      spec
        .given([lommaRegistered(), published, withdrawn(reason)])
        .when(publish)
        .then([published]);
    });

    it('refuses an agreement not yet registered', () => {
      spec.given([]).when(publish).thenThrows('AgreementIsRegistered');
    });

    it('refuses a page that is already published', () => {
      const error = spec.given([lommaRegistered(), published]).when(publish).thenThrows('PublicPageIsNotPublished');
      expect(error.message).toContain('redan publicerad');
    });
  });

  describe('withdraw', () => {
    it('takes the page down, with the reason trimmed', () => {
      spec
        .given([lommaRegistered(), published])
        .when(withdraw(`  ${reason} `))
        .then([withdrawn(reason)]);
    });

    it('accepts a reason exactly at the limit', () => {
      const long = 'å'.repeat(PUBLIC_PAGE_WITHDRAWAL_REASON_MAX_LENGTH);
      spec
        .given([lommaRegistered(), published])
        .when(withdraw(long))
        .then([withdrawn(long)]);
    });

    it('refuses a page that was never published', () => {
      spec.given([lommaRegistered()]).when(withdraw(reason)).thenThrows('PublicPageIsPublished');
    });

    it('refuses a page already taken down', () => {
      spec
        .given([lommaRegistered(), published, withdrawn(reason)])
        .when(withdraw(reason))
        .thenThrows('PublicPageIsPublished');
    });

    it('refuses a blank reason, naming the field', () => {
      const error = spec.given([lommaRegistered(), published]).when(withdraw('   ')).thenThrows('WithdrawalReasonIsGiven');
      expect(error).toMatchObject({ field: 'reason' });
    });

    it('refuses a reason longer than the limit', () => {
      spec
        .given([lommaRegistered(), published])
        .when(withdraw('å'.repeat(PUBLIC_PAGE_WITHDRAWAL_REASON_MAX_LENGTH + 1)))
        .thenThrows('WithdrawalReasonIsShort');
    });

    it('refuses a reason that holds a personnummer', () => {
      spec.given([lommaRegistered(), published]).when(withdraw('Begärt av 19811218-9876')).thenThrows('NoPersonalIdentityNumber');
    });
  });

  describe('the agreement’s state', () => {
    it('knows whether the page is up', () => {
      const state = (events: Parameters<typeof foldAgreement>[0]) => {
        const folded = foldAgreement(events);
        return folded.status === 'registered' ? folded.publicPage : 'unregistered';
      };
      expect(state([lommaRegistered()])).toBeUndefined();
      expect(state([lommaRegistered(), published])).toBe('published');
      expect(state([lommaRegistered(), published, withdrawn(reason)])).toBe('withdrawn');
    });
  });
});
