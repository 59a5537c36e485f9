import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { AnnexCommands } from './annex-commands.service.js';
import { AnnexRepository } from './annex.repository.js';
import { CreateAnnexController } from './commands/create-annex/create-annex.http.controller.js';
import { CreateAnnexHandler } from './commands/create-annex/create-annex.handler.js';
import { DecideAnnexVersionController } from './commands/decide-annex-version/decide-annex-version.http.controller.js';
import { DecideAnnexVersionHandler } from './commands/decide-annex-version/decide-annex-version.handler.js';
import { DraftAnnexVersionController } from './commands/draft-annex-version/draft-annex-version.http.controller.js';
import { DraftAnnexVersionHandler } from './commands/draft-annex-version/draft-annex-version.handler.js';
import { SignAnnexVersionController } from './commands/sign-annex-version/sign-annex-version.http.controller.js';
import { SignAnnexVersionHandler } from './commands/sign-annex-version/sign-annex-version.handler.js';
import { AnnexFileStore } from './files/annex-file-store.port.js';
import { AnnexFiles } from './files/annex-files.service.js';
import { DownloadAnnexFileController } from './files/download-annex-file/download-annex-file.http.controller.js';
import { openAnnexFileStore } from './files/open-annex-file-store.js';
import { UploadAnnexFileController } from './files/upload-annex-file/upload-annex-file.http.controller.js';
import { GetAnnexVersionController } from './queries/get-annex-version/get-annex-version.http.controller.js';
import { ListAnnexesController } from './queries/list-annexes/list-annexes.http.controller.js';
import { AnnexFileStoreShutdown } from './files/annex-file-store.shutdown.js';

/** The agreement's annexes: the situation picture, the action plan and the citizen promises, as versioned documents with their files. */
@Module({
  imports: [AgreementsModule],
  controllers: [
    ListAnnexesController,
    GetAnnexVersionController,
    CreateAnnexController,
    DraftAnnexVersionController,
    DecideAnnexVersionController,
    SignAnnexVersionController,
    UploadAnnexFileController,
    DownloadAnnexFileController,
  ],
  providers: [
    AnnexRepository,
    AnnexCommands,
    AnnexFiles,
    AnnexFileStoreShutdown,
    { provide: AnnexFileStore, inject: [ConfigService], useFactory: openAnnexFileStore },
    CreateAnnexHandler,
    DraftAnnexVersionHandler,
    DecideAnnexVersionHandler,
    SignAnnexVersionHandler,
  ],
  exports: [AnnexRepository, AnnexCommands, AnnexFiles],
})
export class AnnexesModule {}
