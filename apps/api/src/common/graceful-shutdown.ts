import type { INestApplication, LoggerService } from '@nestjs/common';
import type { Server } from 'node:http';

/**
 * On SIGTERM or SIGINT: stop accepting connections, let the requests in flight finish (a command
 * half-way through its append completes and is answered), then close the app, and with it the
 * stores. Nest's own shutdown hooks close the stores first and the server last, which would fail
 * the commands still running; hence this order. Past `timeoutMs` the remaining connections are
 * cut, and the stores still close cleanly (SQLite's transactions make an append all or nothing).
 */
export const shutDownGracefully = (app: INestApplication, timeoutMs: number, logger: LoggerService): void => {
  const server = app.getHttpServer() as Server;
  let stopping = false;
  // A keep-alive client is told, on its next answer, that this connection ends here.
  server.on('request', (_req, res) => {
    if (stopping) res.setHeader('Connection', 'close');
  });
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.log(`${signal}: finishing the requests in flight (at most ${timeoutMs} ms), then closing the stores`);
    const drained = new Promise<void>((resolve) => server.close(() => resolve()));
    // A keep-alive connection whose last answer has gone out is closed at once, not at its idle timeout.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.closeIdleConnections();
    const cut = setTimeout(() => server.closeAllConnections(), timeoutMs);
    await drained;
    clearInterval(sweep);
    clearTimeout(cut);
    await app.close();
    logger.log('Stopped');
    process.exit(0);
  };
  process.once('SIGTERM', () => void stop('SIGTERM'));
  process.once('SIGINT', () => void stop('SIGINT'));
};
