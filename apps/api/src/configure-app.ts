import type { INestApplication } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { SwaggerModule } from '@nestjs/swagger';
import { answerClientErrorsWithProblems } from './common/client-error.js';
import { EtagInterceptor } from './common/etag.interceptor.js';
import { ProblemDetailsFilter } from './common/problem-details.filter.js';
import { useSecurityHeaders } from './common/security-headers.js';
import { validationPipe } from './common/validation.pipe.js';
import { openApiDocument } from './openapi/openapi-document.js';
import { DEFAULT_WEB_DIR, serveWeb } from './web/serve-web.js';

export interface ConfigureOptions {
  /** The built web app to serve at `/`; null serves the API only. Default: WEB_DIR, else ./dist/web. */
  readonly webDir?: string | null;
}

/** Everything main.ts and the end-to-end specs share, so the specs test the app as it runs. */
export const configureApp = (app: INestApplication, options: ConfigureOptions = {}): INestApplication => {
  // The page for residents lives outside /api, at the address they are given (public/public.module.ts).
  app.setGlobalPrefix('api', { exclude: ['offentlig/*path'] });
  const trustProxy = app.get(ConfigService).get<string>('TRUST_PROXY');
  if (trustProxy !== undefined) (app as NestExpressApplication).set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy);
  useSecurityHeaders(app);
  app.useGlobalPipes(validationPipe());
  app.useGlobalFilters(new ProblemDetailsFilter());
  app.useGlobalInterceptors(new EtagInterceptor());
  answerClientErrorsWithProblems(app.getHttpServer());
  const document = openApiDocument(app);
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs/openapi.json' });
  const webDir = options.webDir === undefined ? (process.env.WEB_DIR ?? DEFAULT_WEB_DIR) : options.webDir;
  if (webDir !== null) serveWeb(app, webDir);
  return app;
};
