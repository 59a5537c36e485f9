import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { Public } from '../../../identity/public.decorator.js';
import { NOT_FOUND_HTML } from '../../not-found.html.js';
import { PublicPages } from '../../public-pages.service.js';
import { PUBLIC_PAGE_POLICY, sendCacheable } from '../../public-response.js';
import { renderPublicPage } from './public-page.html.js';

/**
 * The agreement's page for residents, outside /api: server-rendered HTML without script, so it is
 * fast on any phone, works without JavaScript, and any cache may keep it (ETag, 304).
 */
// Outside /api and not part of the JSON API: the OpenAPI document (which puts every route under /api) leaves it out; README documents it.
@ApiExcludeController()
@Controller('offentlig/:agreementId')
export class GetPublicPageController {
  constructor(private readonly pages: PublicPages) {}

  @Public()
  @Get()
  async get(@Param('agreementId') agreementId: string, @Req() request: Request, @Res() response: Response): Promise<void> {
    const view = await this.pages.view(agreementId);
    response.type('html').set('Content-Security-Policy', PUBLIC_PAGE_POLICY);
    if (!view) {
      response.status(404).set('Cache-Control', 'no-cache').send(NOT_FOUND_HTML);
      return;
    }
    sendCacheable(request, response, renderPublicPage(view), {});
  }
}
