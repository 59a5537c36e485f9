import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import { NestFactory } from '@nestjs/core';
import { AppModule } from './app.module.js';
import { configureApp } from './configure-app.js';

const bootstrap = async (): Promise<void> => {
  const app = configureApp(await NestFactory.create(AppModule.forRoot(), { bufferLogs: false }));
  const config = app.get(ConfigService);
  app.useLogger([config.getOrThrow('LOG_LEVEL')].flatMap((level: string) => levelsFrom(level)));
  const port = config.getOrThrow<number>('PORT');
  await app.listen(port);
  new Logger('Samverkan').log(`Listening on http://localhost:${port} — API docs at http://localhost:${port}/api/docs`);
};

const ORDER = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;
const levelsFrom = (level: string) => ORDER.slice(0, ORDER.indexOf(level as (typeof ORDER)[number]) + 1);

bootstrap().catch((error: unknown) => {
  new Logger('Samverkan').fatal(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
