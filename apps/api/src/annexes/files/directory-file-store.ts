import { mkdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { AnnexFileStore, type StoredFile } from './annex-file-store.port.js';

const SHA256 = /^[0-9a-f]{64}$/;

/**
 * The embedded setup's files: DATA_DIR/annex-files/ab/abcd…, with the media type beside the bytes.
 * Written to a temporary name and renamed, so a crash never leaves half a file under a hash.
 */
export class DirectoryFileStore extends AnnexFileStore {
  constructor(private readonly directory: string) {
    super();
  }

  private pathOf(sha256: string): string {
    if (!SHA256.test(sha256)) throw new Error(`not a sha256: ${sha256}`);
    return join(this.directory, sha256.slice(0, 2), sha256);
  }

  async put({ sha256, mediaType, bytes }: StoredFile): Promise<void> {
    const path = this.pathOf(sha256);
    if (await this.describe(sha256)) return;
    await mkdir(join(this.directory, sha256.slice(0, 2)), { recursive: true });
    const temporary = `${path}.${process.pid}.${Date.now()}.part`;
    await writeFile(`${path}.type`, mediaType);
    await writeFile(temporary, bytes);
    await rename(temporary, path);
  }

  async get(sha256: string): Promise<StoredFile | undefined> {
    const described = await this.describe(sha256);
    return described && { sha256, mediaType: described.mediaType, bytes: await readFile(this.pathOf(sha256)) };
  }

  async describe(sha256: string): Promise<{ mediaType: string; bytes: number } | undefined> {
    const path = this.pathOf(sha256);
    try {
      const [info, mediaType] = await Promise.all([stat(path), readFile(`${path}.type`, 'utf8')]);
      return { mediaType, bytes: info.size };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
      throw error;
    }
  }

  async close(): Promise<void> {}
}
