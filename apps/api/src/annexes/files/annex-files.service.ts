import { Inject, Injectable } from '@nestjs/common';
import type { Request } from 'express';
import { createHash } from 'node:crypto';
import { PROBLEM_BASE, ProblemError } from '../../common/problem.js';
import { AnnexFileStore, type StoredFile } from './annex-file-store.port.js';
import { ANNEX_FILE_MAX_BYTES, ANNEX_MEDIA_TYPES, bytesMatch, isAnnexMediaType, mediaTypeOf } from './media-types.js';

const problem = (status: number, slug: string, title: string, detail: string) => new ProblemError({ type: PROBLEM_BASE + slug, title, status, detail });

const tooLarge = () =>
  problem(
    413,
    'file-too-large',
    'Content Too Large',
    `Filen är för stor: högst ${ANNEX_FILE_MAX_BYTES / 1024 / 1024} MB. The file is larger than ${ANNEX_FILE_MAX_BYTES} bytes.`,
  );

const unsupported = (given: string) =>
  problem(
    415,
    'unsupported-file-type',
    'Unsupported Media Type',
    `Filtypen ${given || '(ingen)'} kan inte bifogas. Allowed: ${Object.keys(ANNEX_MEDIA_TYPES).join(', ')}, with content of that type.`,
  );

/** Reads a raw request body, refusing it as soon as it passes the limit. */
const readBody = (request: Request): Promise<Buffer> =>
  new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > ANNEX_FILE_MAX_BYTES) {
        request.removeAllListeners('data');
        request.resume();
        reject(tooLarge());
      } else chunks.push(chunk);
    });
    request.on('end', () => resolve(Buffer.concat(chunks)));
    request.on('error', reject);
  });

/** Receiving a file: its type checked, its hash computed here (never taken from the client), kept once. */
@Injectable()
export class AnnexFiles {
  constructor(@Inject(AnnexFileStore) private readonly store: AnnexFileStore) {}

  async receive(request: Request): Promise<Omit<StoredFile, 'bytes'> & { bytes: number }> {
    const mediaType = mediaTypeOf(request.header('content-type'));
    if (!isAnnexMediaType(mediaType)) throw unsupported(mediaType);
    const declared = Number(request.header('content-length') ?? '0');
    if (declared > ANNEX_FILE_MAX_BYTES) throw tooLarge();
    const bytes = await readBody(request);
    if (bytes.length === 0) throw problem(400, 'invalid-request', 'Bad Request', 'The file is empty.');
    if (!bytesMatch(mediaType, bytes)) throw unsupported(`${mediaType} (innehållet är inte av den typen)`);
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    await this.store.put({ sha256, mediaType, bytes });
    return { sha256, mediaType, bytes: bytes.length };
  }

  get(sha256: string): Promise<StoredFile | undefined> {
    return this.store.get(sha256);
  }
}
