import { Inject, Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { AnnexFileStore } from './annex-file-store.port.js';

/** Closes the file store's connections when the app stops. */
@Injectable()
export class AnnexFileStoreShutdown implements OnApplicationShutdown {
  constructor(@Inject(AnnexFileStore) private readonly store: AnnexFileStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
