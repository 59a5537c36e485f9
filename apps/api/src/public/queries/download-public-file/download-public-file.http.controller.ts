import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AnnexFiles } from '../../../annexes/files/annex-files.service.js';
import { Public } from '../../../identity/public.decorator.js';
import { NOT_FOUND_HTML } from '../../not-found.html.js';
import { PublicPages } from '../../public-pages.service.js';
import { PUBLIC_PAGE_POLICY, sendCacheable } from '../../public-response.js';
import { publicFile } from '../get-public-page/public-page.view.js';

/** A file of an annex version in force today, from a published page: nothing else opens by its hash. */
// Outside /api and not part of the JSON API: the OpenAPI document (which puts every route under /api) leaves it out; README documents it.
@ApiExcludeController()
@Controller('offentlig/:agreementId/filer/:sha256')
export class DownloadPublicFileController {
  constructor(
    private readonly pages: PublicPages,
    private readonly files: AnnexFiles,
  ) {}

  @Public()
  @Get()
  async download(
    @Param('agreementId') agreementId: string,
    @Param('sha256') sha256: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const view = await this.pages.view(agreementId);
    const named = view && publicFile(view, sha256);
    const file = named && (await this.files.get(sha256));
    if (!named || !file) {
      response.status(404).type('html').set({ 'Content-Security-Policy': PUBLIC_PAGE_POLICY, 'Cache-Control': 'no-cache' }).send(NOT_FOUND_HTML);
      return;
    }
    sendCacheable(request, response, file.bytes, {
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename*=UTF-8''${encodeURIComponent(named.fileName)}`,
    });
  }
}
