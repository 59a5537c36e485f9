import type { Request, Response } from 'express';
import { createHash } from 'node:crypto';
import { PUBLIC_PAGE_CSS_SOURCE } from './queries/get-public-page/public-page.css.js';

/**
 * A minute fresh, then served stale for up to five while a cache asks again: a page taken down is
 * gone from shared caches within minutes, and a busy day costs one render a minute.
 */
export const PUBLIC_CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300';

/** The app's page policy made stricter: no script at all, and only the page's own inline style. */
export const PUBLIC_PAGE_POLICY = [
  "default-src 'none'",
  `style-src ${PUBLIC_PAGE_CSS_SOURCE}`,
  "img-src 'self' data:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join(';');

/** A strong ETag from the bytes themselves: the same page, whatever changed in the log, is the same tag. */
export const contentEtag = (body: string | Buffer): string => `"${createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`;

/** If-None-Match: `*`, or a list of tags, weak or strong (a GET compares them weakly, RFC 9110 13.1.2). */
export const notModified = (request: Request, etag: string): boolean => {
  const header = request.header('if-none-match');
  if (!header) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag);
};

/** Sends a cacheable public response, or 304 when the caller already holds it. */
export const sendCacheable = (request: Request, response: Response, body: string | Buffer, headers: Record<string, string>): void => {
  const etag = contentEtag(body);
  response.set({ ...headers, ETag: etag, 'Cache-Control': PUBLIC_CACHE_CONTROL });
  if (notModified(request, etag)) {
    response.status(304).end();
    return;
  }
  response.status(200).send(body);
};
