import { Module } from '@nestjs/common';
import { AgreementsModule } from '../agreements/agreements.module.js';
import { AnnexesModule } from '../annexes/annexes.module.js';
import { PublishPublicPageController } from './commands/publish-public-page/publish-public-page.http.controller.js';
import { PublishPublicPageHandler } from './commands/publish-public-page/publish-public-page.handler.js';
import { WithdrawPublicPageController } from './commands/withdraw-public-page/withdraw-public-page.http.controller.js';
import { WithdrawPublicPageHandler } from './commands/withdraw-public-page/withdraw-public-page.handler.js';
import { PublicPages } from './public-pages.service.js';
import { DownloadPublicFileController } from './queries/download-public-file/download-public-file.http.controller.js';
import { GetPublicPageController } from './queries/get-public-page/get-public-page.http.controller.js';
import { PublicPageStatusController } from './queries/public-page-status/public-page-status.http.controller.js';

/** The agreement's page for residents: published by a coordinator (opt-in), read by anyone at /offentlig/{agreementId}. */
@Module({
  imports: [AgreementsModule, AnnexesModule],
  controllers: [
    PublishPublicPageController,
    WithdrawPublicPageController,
    PublicPageStatusController,
    GetPublicPageController,
    DownloadPublicFileController,
  ],
  providers: [PublishPublicPageHandler, WithdrawPublicPageHandler, PublicPages],
})
export class PublicModule {}
