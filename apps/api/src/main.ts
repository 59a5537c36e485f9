import 'reflect-metadata';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module.js';
import { shutDownGracefully } from './common/graceful-shutdown.js';
import { configureApp } from './configure-app.js';

const bootstrap = async (): Promise<void> => {
  const app = configureApp(await NestFactory.create(AppModule.forRoot(), { bufferLogs: true }));
  const logger = app.get(Logger);
  app.useLogger(logger);
  const config = app.get(ConfigService);
  shutDownGracefully(app, config.getOrThrow<number>('SHUTDOWN_TIMEOUT_MS'), logger);
  const host = config.get<string>('HOST');
  const port = config.getOrThrow<number>('PORT');
  await (host === undefined ? app.listen(port) : app.listen(port, host));
  const shown = host === undefined || host === '0.0.0.0' || host === '::' ? 'localhost' : host;
  logger.log(`Listening on ${host ?? 'every interface'}, port ${port}: http://${shown}:${port} (API docs at /api/docs)`, 'Samverkan');
};

bootstrap().catch((error: unknown) => {
  // The start failed before (or while) the JSON logger was set up: one JSON line, as the logger would write it.
  process.stderr.write(`${JSON.stringify({ level: 60, time: Date.now(), msg: error instanceof Error ? error.message : String(error) })}\n`);
  process.exit(1);
});
