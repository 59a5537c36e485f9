import type { Server } from 'node:http';
import type { Duplex } from 'node:stream';
import { PROBLEM_BASE } from './problem.js';

/**
 * Requests Node's HTTP parser refuses before Express sees them (headers or URL past 16 KiB,
 * malformed request lines) get a problem document like every other refusal, not Node's bare reply.
 */
export const answerClientErrorsWithProblems = (server: Server): void => {
  server.on('clientError', (error: Error & { code?: string }, socket: Duplex) => {
    if (!socket.writable || (socket as Duplex & { _httpMessage?: unknown })._httpMessage) return void socket.destroy();
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const title = tooLarge ? 'Request Header Fields Too Large' : 'Bad Request';
    const detail = tooLarge ? 'The request line or headers are too large.' : 'The request is not valid HTTP.';
    const body = JSON.stringify({ type: `${PROBLEM_BASE}http-${status}`, title, status, detail });
    socket.end(
      `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`,
    );
  });
};
