import { Logger, type INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { notFound } from '../common/problem.js';

/** Where `npm run build:web` puts the web app, from the working directory (like DATA_DIR's `./data`). */
export const DEFAULT_WEB_DIR = 'dist/web';

const API_PREFIX = /^\/api(\/|$)/;
/** The page for residents is the API's own (server-rendered HTML), not the web app's. */
const PUBLIC_PAGE = /^\/offentlig\//;
/** A path whose last segment has a dot asks for a file: a missing one is a 404, never index.html. */
const ASKS_FOR_A_FILE = /\/[^/]*\.[^/]*$/;

/** A source map is for the developer's tools, not for whoever asks the production server. */
const SOURCE_MAP = /\.map$/;

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
  express.use((req: Request, res: Response, next: NextFunction) => {
    if (!SOURCE_MAP.test(req.path)) return next();
    res
      .status(404)
      .type('application/problem+json')
      .send(JSON.stringify({ ...notFound('This file').problem, instance: req.originalUrl }));
  });
  express.useStaticAssets(root, {
    index: false,
    redirect: false,
    fallthrough: true,
    setHeaders: (res, path) => {
      res.setHeader('Cache-Control', path.includes(`${join(root, 'assets')}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  express.use((req: Request, res: Response, next: NextFunction) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || API_PREFIX.test(req.path) || PUBLIC_PAGE.test(req.path) || ASKS_FOR_A_FILE.test(req.path))
      return next();
    // The security headers (the content security policy among them) come from configure-app's helmet.
    res.set('Cache-Control', 'no-cache').sendFile(indexHtml);
  });
  return true;
};
