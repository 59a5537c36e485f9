import { Controller, Get, Param, Req, Res } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { AnnexFiles } from '../../../annexes/files/annex-files.service.js';
import { Public } from '../../../identity/public.decorator.js';
import { NOT_FOUND_HTML } from '../../not-found.html.js';
import { PublicPages } from '../../public-pages.service.js';
import { PUBLIC_PAGE_POLICY, sendCacheable } from '../../public-response.js';
import { publicFile } from '../get-public-page/public-page.view.js';

/** A file of an annex version in force today, from a published page: nothing else opens by its hash. */
@ApiTags('public page')
@Controller('offentlig/:agreementId/filer/:sha256')
export class DownloadPublicFileController {
  constructor(
    private readonly pages: PublicPages,
    private readonly files: AnnexFiles,
  ) {}

  @Public()
  @Get()
  @ApiOperation({ summary: 'Download a file of an annex in force, from a published page for residents (no sign-in)' })
  @ApiOkResponse({ description: 'The bytes', content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } } })
  @ApiNotFoundResponse({ description: 'No such file on a published page', content: { 'text/html': { schema: { type: 'string' } } } })
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
