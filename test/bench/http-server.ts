import 'reflect-metadata';
import { Body, Controller, Module, Param, Post, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { ConfigModule } from '@nestjs/config';
import { AppModule } from '../../apps/api/src/app.module.js';
import { LoggingModule } from '../../apps/api/src/common/logging.module.js';
import { useSecurityHeaders } from '../../apps/api/src/common/security-headers.js';
import { configureApp } from '../../apps/api/src/configure-app.js';

/**
 * A server process for the HTTP benchmark: `subject` is the real app on a prepared data dir;
 * `baseline` is a bare Nest route that does one insert with the same durability settings;
 * `hardened` is that route with the app's response headers (helmet) and JSON request log.
 * It tells its parent the port over IPC and runs until killed.
 */
const [mode, dataDir] = process.argv.slice(2) as ['subject' | 'baseline' | 'hardened', string];

const openBaselineDb = () => {
  const db = new Database(join(dataDir, 'baseline.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS decisions (id INTEGER PRIMARY KEY, proposal TEXT NOT NULL, body TEXT NOT NULL)');
  return db.prepare('INSERT INTO decisions (proposal, body) VALUES (?, ?)');
};

@Controller('bare')
class BareController {
  private readonly insert = openBaselineDb();

  @Post(':id')
  approve(@Param('id') id: string, @Body() body: unknown): { ok: true } {
    this.insert.run(id, JSON.stringify(body ?? {}));
    return { ok: true };
  }
}

@Module({ controllers: [BareController] })
class BareModule {}

/** The same bare route with what every response of the app now gets: helmet's headers and a JSON log line. */
@Module({
  imports: [ConfigModule.forRoot({ isGlobal: true, ignoreEnvFile: true, skipProcessEnv: true, load: [() => ({ LOG_LEVEL: 'log' })] }), LoggingModule],
  controllers: [BareController],
})
class HardenedBareModule {}

/** The bench measures what a command costs, limiter included, not the limit: 16 clients approving as fast as they can would pass any per-account limit. */
const BENCH_LIMITS = { RATE_LIMIT_COMMANDS_PER_USER: '1000000000' };

const start = async (): Promise<INestApplication> => {
  if (mode === 'baseline') return NestFactory.create(BareModule, { logger: ['error'] });
  if (mode === 'hardened') {
    const app = await NestFactory.create(HardenedBareModule, { logger: ['error'] });
    useSecurityHeaders(app);
    return app;
  }
  return configureApp(
    await NestFactory.create(AppModule.forRoot({ DATA_DIR: dataDir, SAMVERKAN_DEMO: '1', SEED_DIR: 'none', LOG_LEVEL: 'log', ...BENCH_LIMITS }), {
      logger: ['error'],
    }),
  );
};

const app = await start();
await app.listen(0, '127.0.0.1');
process.send?.({ port: (app.getHttpServer().address() as AddressInfo).port });
