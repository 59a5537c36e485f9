import 'reflect-metadata';
import { Test } from '@nestjs/testing';
import { Module, type INestApplication, type ValueProvider } from '@nestjs/common';
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AppModule } from '../../apps/api/src/app.module.js';
import { configureApp } from '../../apps/api/src/configure-app.js';
import { Clock, IdGenerator } from '../../apps/api/src/infrastructure/clock.js';
import { HttpClient } from './http-client.js';
import { DEMO_PASSWORD } from '../../apps/api/src/seed/demo-accounts-file.js';

export { DEMO_PASSWORD };

export interface TestApp {
  readonly app: INestApplication;
  readonly baseUrl: string;
  /** The server's root, where the web app is served when `webDir` was given: `http://127.0.0.1:<port>`. */
  readonly origin: string;
  readonly dataDir: string;
  /** A client signed in as `username` (demo password). */
  as(username: string): Promise<HttpClient>;
  anonymous(): HttpClient;
  close(): Promise<void>;
}

export interface TestAppOptions {
  /** Serve this built web app at `/` (the browser specs); by default the API only. */
  readonly webDir?: string;
  /** Replaces the app's clock (a FixedClock: specs move time instead of sleeping). */
  readonly clock?: Clock;
  /** Replaces the app's id generator (SequentialIds: ids a spec can name). */
  readonly ids?: IdGenerator;
  /** Listen on this port instead of a free one (a spec that must know the app's URL before it starts). */
  readonly port?: number;
  /**
   * Test doubles, each replacing the app's provider of its token wherever it is (overrideProvider),
   * and provided app-wide too, for a seam no module of the app provides yet.
   */
  readonly providers?: readonly ValueProvider[];
  /** Demo mode (the demo accounts and agreements) is on by default: most specs sign in as demo users. */
  readonly demo?: boolean;
}

@Module({})
class TestDoublesModule {}

/** Starts the real app on a free loopback port with its own empty data directory. */
export const startTestApp = async (env: Record<string, string> = {}, options: TestAppOptions = {}): Promise<TestApp> => {
  const dataDir = mkdtempSync(join(tmpdir(), 'samverkan-e2e-'));
  const doubles = options.providers
    ? [{ module: TestDoublesModule, global: true, providers: [...options.providers], exports: options.providers.map((p) => p.provide) }]
    : [];
  let builder = Test.createTestingModule({
    imports: [AppModule.forRoot({ DATA_DIR: dataDir, LOG_LEVEL: 'error', SAMVERKAN_DEMO: options.demo === false ? '0' : '1', ...env }), ...doubles],
  });
  if (options.clock) builder = builder.overrideProvider(Clock).useValue(options.clock);
  if (options.ids) builder = builder.overrideProvider(IdGenerator).useValue(options.ids);
  for (const double of options.providers ?? []) builder = builder.overrideProvider(double.provide).useValue(double.useValue);
  const moduleRef = await builder.compile();
  const app = configureApp(moduleRef.createNestApplication({ logger: ['error'] }), { webDir: options.webDir ?? null });
  await app.listen(options.port ?? 0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  const origin = `http://127.0.0.1:${port}`;
  const baseUrl = `${origin}/api`;
  return {
    app,
    baseUrl,
    origin,
    dataDir,
    anonymous: () => new HttpClient(baseUrl),
    as: async (username) => {
      const client = new HttpClient(baseUrl);
      await client.signIn(username, DEMO_PASSWORD);
      return client;
    },
    close: async () => {
      await app.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
};
