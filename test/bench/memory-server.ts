import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import type { AddressInfo } from 'node:net';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';

/**
 * The real API on a prepared data dir, for the memory benchmark. It tells its parent the port
 * (after Nest has started, which includes the projections catching up with the log) and how long
 * that took; on request it answers with its peak resident set size so far. Runs until killed.
 */
const [dataDir] = process.argv.slice(2) as [string];

const started = performance.now();
const app = configureApp(
  await NestFactory.create(AppModule.forRoot({ DATA_DIR: dataDir, SAMVERKAN_DEMO: '1', SEED_DIR: 'none', LOG_LEVEL: 'error' }), { logger: ['error'] }),
);
await app.listen(0, '127.0.0.1');
process.send?.({ port: (app.getHttpServer().address() as AddressInfo).port, startSeconds: (performance.now() - started) / 1000 });

process.on('message', (message: { type?: string }) => {
  if (message.type !== 'memory') return;
  const { heapUsed, rss } = process.memoryUsage();
  // resourceUsage().maxRSS is in kilobytes: the high-water mark of the whole process's life.
  process.send?.({ type: 'memory', maxRssBytes: process.resourceUsage().maxRSS * 1024, rssBytes: rss, heapUsedBytes: heapUsed });
});
