/**
 * The files an annex may carry: documents and pictures officials attach to a situation picture or
 * an action plan. Each with the first bytes its format always has, so a file is what it says it is
 * before it is served back under that type (DOCX and ODT are both zip containers).
 */
const PK = [0x50, 0x4b, 0x03, 0x04];
export const ANNEX_MEDIA_TYPES: Readonly<Record<string, readonly number[] | null>> = {
  'application/pdf': [0x25, 0x50, 0x44, 0x46],
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': PK,
  'application/vnd.oasis.opendocument.text': PK,
  'image/png': [0x89, 0x50, 0x4e, 0x47],
  'image/jpeg': [0xff, 0xd8, 0xff],
  'text/plain': null,
};

/** 20 MB: a scanned, signed situation picture fits; a video does not. */
export const ANNEX_FILE_MAX_BYTES = 20 * 1024 * 1024;

/** The media type without parameters (`text/plain; charset=utf-8` → `text/plain`), lower case. */
export const mediaTypeOf = (contentType: string | undefined): string => (contentType ?? '').split(';')[0]!.trim().toLowerCase();

export const isAnnexMediaType = (mediaType: string): boolean => Object.hasOwn(ANNEX_MEDIA_TYPES, mediaType);

/** Whether the bytes begin as the format must (plain text: valid UTF-8 with no NUL). */
export const bytesMatch = (mediaType: string, bytes: Buffer): boolean => {
  const magic = ANNEX_MEDIA_TYPES[mediaType];
  if (magic === undefined) return false;
  if (magic === null) {
    if (bytes.includes(0)) return false;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return true;
    } catch {
      return false;
    }
  }
  return magic.every((byte, i) => bytes[i] === byte);
};
