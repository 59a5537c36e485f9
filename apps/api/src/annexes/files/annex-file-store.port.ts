/** A file's bytes as kept, with the media type it was uploaded as. */
export interface StoredFile {
  readonly sha256: string;
  readonly mediaType: string;
  readonly bytes: Buffer;
}

/**
 * Annex files, content-addressed: a file is kept under the sha256 of its bytes, so the same bytes
 * uploaded twice are kept once and a reference in an event can never come to mean other bytes.
 * The events hold only the hash, name, media type and size; this holds the bytes.
 */
export abstract class AnnexFileStore {
  /** Keeps the bytes under their hash (computed by the caller); a second put of the same hash keeps the first. */
  abstract put(file: StoredFile): Promise<void>;
  abstract get(sha256: string): Promise<StoredFile | undefined>;
  /** The media type and size, without reading the bytes. */
  abstract describe(sha256: string): Promise<{ mediaType: string; bytes: number } | undefined>;
  abstract close(): Promise<void>;
}
