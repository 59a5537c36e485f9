import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import { AppModule } from '../app.module.js';
import { openApiDocument } from './openapi-document.js';

/**
 * The OpenAPI document without starting the server: Nest's preview mode builds the module graph
 * (controllers and their metadata) but instantiates no provider, so no store is opened, nothing is
 * seeded and no port is taken.
 */
export const previewOpenApiDocument = async (env: Record<string, string | undefined> = process.env): Promise<OpenAPIObject> => {
  const app = await NestFactory.create(AppModule.forRoot({ ...env, SEED_DIR: 'none' }), { preview: true, logger: false, abortOnError: false });
  app.setGlobalPrefix('api');
  try {
    return openApiDocument(app);
  } finally {
    await app.close();
  }
};
