import { Controller, Get, Inject, Logger, Param, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import type { JWK } from 'jose';
import { randomNonce, randomPKCECodeVerifier, randomState } from 'openid-client';
import { notFound } from '../../common/problem.js';
import { Clock } from '../../infrastructure/clock.js';
import { ExternalSignIn, type ExternalIdentity } from '../external-sign-in.js';
import { Public } from '../public.decorator.js';
import { OIDC_SETTINGS } from './oidc.tokens.js';
import type { OidcSettings } from './oidc.settings.js';
import { OidcCallbackQueryDto, OidcProviderParamDto, OidcStartQueryDto } from './oidc.request.dto.js';
import { OidcRelyingParties } from './relying-parties.js';
import { SignInFailure, type SignInFailureCode } from './sign-in-failure.js';
import { TRANSACTION_COOKIE, TRANSACTION_COOKIE_PATH, TRANSACTION_TTL_SECONDS, TransactionSealer, type OidcTransaction } from './transaction-cookie.js';

/** Where the web app's sign-in page is. */
const SIGN_IN_PAGE = '/logga-in';

/** The browser's way through an identity provider: start → provider → callback → signed in (or told why not). */
@ApiTags('auth')
@Controller('auth/oidc/:provider')
export class OidcController {
  private readonly logger = new Logger('OidcSignIn');

  constructor(
    private readonly parties: OidcRelyingParties,
    private readonly sealer: TransactionSealer,
    private readonly signIn: ExternalSignIn,
    private readonly clock: Clock,
    @Inject(OIDC_SETTINGS) private readonly settings: OidcSettings,
  ) {}

  @Public()
  @Get('start')
  @ApiFoundResponse({ description: 'To the identity provider; the transaction is kept in an encrypted, HttpOnly cookie' })
  @ApiNotFoundResponse({ description: 'No such provider is configured' })
  async start(@Param() { provider }: OidcProviderParamDto, @Query() { returnTo }: OidcStartQueryDto, @Res() res: Response): Promise<void> {
    const party = this.parties.get(provider);
    const transaction: OidcTransaction = {
      provider,
      state: randomState(),
      nonce: randomNonce(),
      codeVerifier: randomPKCECodeVerifier(),
      returnTo: returnTo ?? '/',
      createdAt: Math.floor(this.clock.now().getTime() / 1000),
    };
    let authorizationUrl: URL;
    try {
      authorizationUrl = await party.authorizationUrl(transaction);
    } catch (error) {
      return this.refuse(res, provider, error);
    }
    res.cookie(TRANSACTION_COOKIE, await this.sealer.seal(transaction), { ...this.cookieOptions(), maxAge: TRANSACTION_TTL_SECONDS * 1000 });
    res.redirect(302, authorizationUrl.href);
  }

  @Public()
  @Get('callback')
  @ApiFoundResponse({ description: 'Signed in: to the page the sign-in started from; otherwise to /logga-in with `status` or `fel`' })
  @ApiNotFoundResponse({ description: 'No such provider is configured' })
  async callback(
    @Param() { provider }: OidcProviderParamDto,
    @Query() _answer: OidcCallbackQueryDto,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    const party = this.parties.get(provider);
    // One answer per transaction: whatever happens next, this browser starts over for another try.
    res.clearCookie(TRANSACTION_COOKIE, this.cookieOptions());
    let transaction: OidcTransaction;
    let identity: ExternalIdentity;
    try {
      transaction = await this.sealer.open(req.cookies?.[TRANSACTION_COOKIE], provider, this.clock.now());
      const query = req.originalUrl.includes('?') ? req.originalUrl.slice(req.originalUrl.indexOf('?')) : '';
      identity = await party.verify(new URL(party.settings.redirectUri + query), transaction);
    } catch (error) {
      return this.refuse(res, provider, error);
    }
    const result = await this.signIn.complete(identity, res);
    switch (result.kind) {
      case 'signed-in':
        return res.redirect(302, transaction.returnTo);
      case 'awaiting-approval':
        return res.redirect(302, `${SIGN_IN_PAGE}?status=vantar-godkannande`);
      case 'refused':
        this.logger.warn(`sign-in at ${provider} refused: ${result.reason}`);
        return this.redirectWithFailure(res, 'konto-avstangt');
    }
  }

  @Public()
  @Get('jwks')
  @ApiOkResponse({ description: "The public key of Samverkan's client assertions to this provider (private_key_jwt), for its jwks_uri" })
  @ApiNotFoundResponse({ description: 'No such provider, or it does not use private_key_jwt' })
  jwks(@Param() { provider }: OidcProviderParamDto): { keys: JWK[] } {
    const { clientKey } = this.parties.get(provider);
    if (!clientKey) throw notFound(`A client key for identity provider ${provider}`);
    return { keys: [clientKey.publicJwk] };
  }

  private refuse(res: Response, provider: string, error: unknown): void {
    if (!(error instanceof SignInFailure)) throw error;
    this.logger.warn(`sign-in at ${provider} refused (${error.code}): ${error.reason}`);
    this.redirectWithFailure(res, error.code);
  }

  private redirectWithFailure(res: Response, code: SignInFailureCode): void {
    res.redirect(302, `${SIGN_IN_PAGE}?fel=${code}`);
  }

  private cookieOptions() {
    return { httpOnly: true, sameSite: 'lax' as const, secure: this.settings.publicUrl.startsWith('https:'), path: TRANSACTION_COOKIE_PATH };
  }
}
