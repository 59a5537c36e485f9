import { Controller, Get, Param, Res, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { notFound } from '../../../common/problem.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { ReadAccess } from '../../../read-models/read-access.js';
import { ReadModels } from '../../../read-models/read-models.service.js';
import { AnnexFiles } from '../annex-files.service.js';

@ApiTags('annexes')
@Controller('agreements/:agreementId/annex-files/:sha256')
export class DownloadAnnexFileController {
  constructor(
    private readonly access: ReadAccess,
    private readonly readModels: ReadModels,
    private readonly files: AnnexFiles,
  ) {}

  /**
   * Only a file a version of this agreement's annexes names, and only to those who may see the
   * agreement: a hash alone opens nothing (404 for anything else, so a file's existence does not leak).
   */
  @Get()
  @ApiOperation({ summary: 'Download a file an annex version of the agreement names, by its sha256 (anyone who may see the agreement)' })
  @ApiOkResponse({
    description: 'The bytes, with the media type they were uploaded as',
    content: { 'application/octet-stream': { schema: { type: 'string', format: 'binary' } } },
  })
  @ApiProblems(400, 401, 404)
  async download(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Param('sha256') sha256: string,
    @CurrentActor() actor: Actor,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    await this.access.agreement(agreementId, actor);
    const annexes = await this.readModels.annexes(agreementId);
    const named = annexes.flatMap((a) => a.versions.flatMap((v) => v.files)).find((f) => f.sha256 === sha256);
    const file = named && (await this.files.get(sha256));
    if (!named || !file) throw notFound(`File ${sha256}`);
    response.setHeader('Content-Disposition', `attachment; filename*=UTF-8''${encodeURIComponent(named.fileName)}`);
    return new StreamableFile(file.bytes, { type: file.mediaType, length: file.bytes.length });
  }
}
