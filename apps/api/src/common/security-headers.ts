import type { INestApplication } from '@nestjs/common';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';

/**
 * The page may load only what this server serves. Vite's build has no inline script or style;
 * React sets styles through the DOM, which a style-src without 'unsafe-inline' allows; chart.js
 * draws on a canvas. No `upgrade-insecure-requests`: the quick start runs on plain HTTP, and TLS
 * is the proxy's (README, "Production checklist").
 */
const PAGE_POLICY = {
  defaultSrc: ["'self'"],
  scriptSrc: ["'self'"],
  styleSrc: ["'self'"],
  imgSrc: ["'self'", 'data:'],
  connectSrc: ["'self'"],
  fontSrc: ["'self'"],
  objectSrc: ["'none'"],
  baseUri: ["'self'"],
  formAction: ["'self'"],
  frameAncestors: ["'none'"],
};

const headers = (directives: Record<string, string[]>) =>
  helmet({
    contentSecurityPolicy: { useDefaults: false, directives },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'same-origin' },
  });

const page = headers(PAGE_POLICY);
/** Swagger UI's page carries inline styles; it gets them, and nothing else more than the app. */
const docs = headers({ ...PAGE_POLICY, styleSrc: ["'self'", "'unsafe-inline'"] });

const DOCS = /^\/api\/docs(\/|$)/;
const API = /^\/api(\/|$)/;

/**
 * Helmet's headers on every response, the API's included (nosniff, framing refused, no
 * X-Powered-By, a content security policy, a referrer policy), and `Cache-Control: no-store` on
 * everything under /api: its answers are per account and change with every command, so neither a
 * browser nor a proxy keeps them. The web app's static files keep their own caching (serve-web.ts).
 */
export const useSecurityHeaders = (app: INestApplication): void => {
  (app as NestExpressApplication).disable('x-powered-by');
  app.use((req: Request, res: Response, next: NextFunction) => {
    if (API.test(req.path)) res.setHeader('Cache-Control', 'no-store');
    (DOCS.test(req.path) ? docs : page)(req, res, next);
  });
};
