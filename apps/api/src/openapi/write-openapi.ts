import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { AppModule } from '../app.module.js';
import { openApiDocument } from './openapi-document.js';

/**
 * Writes the OpenAPI document to a file without starting the server: Nest's preview mode builds
 * the module graph (controllers and their metadata) but instantiates no provider, so no store is
 * opened, nothing is seeded and no port is taken. `npm run openapi` runs it before the web's
 * types are generated from the file.
 */
const out = process.argv[2];
if (!out) throw new Error('usage: write-openapi <out.json>');
const app = await NestFactory.create(AppModule.forRoot({ ...process.env, SEED_DIR: 'none' }), { preview: true, logger: false, abortOnError: false });
app.setGlobalPrefix('api');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(openApiDocument(app), null, 2) + '\n');
await app.close();
