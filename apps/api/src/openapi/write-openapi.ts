import 'reflect-metadata';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { previewOpenApiDocument } from './preview-document.js';

/** `npm run openapi`: writes the document the web's types are generated from (see preview-document.ts). */
const out = process.argv[2];
if (!out) throw new Error('usage: write-openapi <out.json>');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, JSON.stringify(await previewOpenApiDocument(), null, 2) + '\n');
