import { Controller, Param, Post, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiCreatedResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import type { Request } from 'express';
import { AgreementAccess } from '../../../agreements/agreement-access.js';
import { ApiProblems } from '../../../common/api-problems.decorator.js';
import { ParseIdPipe } from '../../../common/id.pipe.js';
import { CurrentActor } from '../../../identity/current-actor.decorator.js';
import type { Actor } from '../../../identity/actor.js';
import { AnnexFiles } from '../annex-files.service.js';
import { ANNEX_MEDIA_TYPES } from '../media-types.js';

export class UploadedAnnexFileView {
  @ApiProperty({ description: 'The sha256 of the bytes, computed by the server: name the file by it in a drafted version', example: 'a'.repeat(64) })
  readonly sha256!: string;
  @ApiProperty({ example: 'application/pdf' }) readonly mediaType!: string;
  @ApiProperty({ description: 'Size in bytes', example: 123456 }) readonly bytes!: number;
}

@ApiTags('annexes')
@Controller('agreements/:agreementId/annex-files')
export class UploadAnnexFileController {
  constructor(
    private readonly access: AgreementAccess,
    private readonly files: AnnexFiles,
  ) {}

  @Post()
  @ApiOperation({ summary: 'Upload a file for an annex version (coordinators): the raw bytes as the body, kept once by their sha256' })
  @ApiConsumes(...Object.keys(ANNEX_MEDIA_TYPES))
  @ApiBody({ schema: { type: 'string', format: 'binary' } })
  @ApiCreatedResponse({ type: UploadedAnnexFileView })
  @ApiProblems(400, 401, 403, 404, 413, 415)
  async upload(
    @Param('agreementId', ParseIdPipe) agreementId: string,
    @Req() request: Request,
    @CurrentActor() actor: Actor,
  ): Promise<UploadedAnnexFileView> {
    const agreement = await this.access.loadVisible(agreementId, actor);
    this.access.requireRole(agreement, actor, 'coordinator');
    return this.files.receive(request);
  }
}
