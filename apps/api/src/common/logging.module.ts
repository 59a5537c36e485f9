import { Module } from '@nestjs/common';
import { ConfigService } from '@nestjs/config';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';
import { LoggerModule } from 'nestjs-pino';

/** Nest's level names (LOG_LEVEL) as pino's. */
const PINO_LEVEL = { fatal: 'fatal', error: 'error', warn: 'warn', log: 'info', debug: 'debug', verbose: 'trace' } as const;

/** A correlation id a caller may send (X-Correlation-Id) is kept when it is a plain token, so it can be searched for. */
const CORRELATION_ID = /^[A-Za-z0-9._:-]{1,128}$/;

export const correlationIdOf = (req: IncomingMessage, res: ServerResponse): string => {
  const given = req.headers['x-correlation-id'];
  const id = typeof given === 'string' && CORRELATION_ID.test(given) ? given : randomUUID();
  res.setHeader('X-Correlation-Id', id);
  return id;
};

/**
 * Logs as JSON lines (pino), one per request with its correlation id, which the response echoes
 * and every event a command writes carries (request-context.ts reads it). Credentials never
 * reach a log line: the authorization and cookie headers, set-cookie and any password are redacted.
 */
@Module({
  imports: [
    LoggerModule.forRootAsync({
      inject: [ConfigService],
      useFactory: (config: ConfigService) => {
        const level = PINO_LEVEL[config.getOrThrow<keyof typeof PINO_LEVEL>('LOG_LEVEL')];
        return {
          pinoHttp: {
            level,
            // A request line is written at info; below that level nothing would be written, so nothing is prepared per request.
            autoLogging: ['info', 'debug', 'trace'].includes(level),
            genReqId: correlationIdOf,
            // What a request line needs, and nothing a header could leak: no headers, no body.
            serializers: {
              req: (req: IncomingMessage & { id?: string }) => ({
                correlationId: req.id,
                method: req.method,
                url: req.url,
                remoteAddress: req.socket?.remoteAddress,
              }),
              res: (res: ServerResponse) => ({ statusCode: res.statusCode }),
            },
            redact: {
              paths: [
                'req.headers.authorization',
                'req.headers.cookie',
                'req.headers["x-csrf-token"]',
                'res.headers["set-cookie"]',
                '*.password',
                'req.body',
              ],
              censor: '[redacted]',
            },
          },
        };
      },
    }),
  ],
})
export class LoggingModule {}
