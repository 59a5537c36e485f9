import { Logger, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** Where `npm run build:web` puts the web app, from the working directory (like DATA_DIR's `./data`). */
export const DEFAULT_WEB_DIR = 'dist/web';

const API_PREFIX = /^\/api(\/|$)/;
/** A path whose last segment has a dot asks for a file: a missing one is a 404, never index.html. */
const ASKS_FOR_A_FILE = /\/[^/]*\.[^/]*$/;

/**
 * The page itself may load only what this server serves; the API docs (under /api) keep their own
 * headers. Vite's build has no inline script or style, so nothing here needs 'unsafe-inline'.
 */
const PAGE_HEADERS = {
  'Content-Security-Policy':
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; " +
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
  'Cache-Control': 'no-cache',
  'Referrer-Policy': 'same-origin',
  'X-Content-Type-Options': 'nosniff',
} as const;

/**
 * Serves the built web app at `/` beside the API, on the same port: hashed assets cached for a
 * year, and every other non-API GET answered with index.html so that the app's own routes
 * (/oversikt, /beslut …) load on a refresh or a bookmark. Everything under /api is left to Nest.
 * Returns false, and logs why, when the web app has not been built.
 */
export const serveWeb = (app: INestApplication, webDir: string): boolean => {
  const root = resolve(webDir);
  const indexHtml = join(root, 'index.html');
  if (!existsSync(indexHtml)) {
    new Logger('Web').warn(`No web app at ${root} (run \`npm run build:web\`); serving the API only.`);
    return false;
  }
  const express = app as NestExpressApplication;
  express.useStaticAssets(root, {
    index: false,
    redirect: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Cache-Control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  express.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIX.test(req.path) || ASKS_FOR_A_FILE.test(req.path)) return next();
    res.set(PAGE_HEADERS).sendFile(indexHtml);
  });
  return true;
};
