/**
 * The connection failed, not the statement: SQLSTATE class 08 (connection exception), the server
 * shutting down or starting up, or the socket itself. Worth trying again on a fresh connection.
 */
export function isConnectionLost(error: unknown): boolean {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string' && (code.startsWith('08') || CONNECTION_CODES.has(code))) return true;
  return typeof message === 'string' && /Connection terminated|not queryable/.test(message);
}

const CONNECTION_CODES = new Set(['57P01', '57P02', '57P03', 'ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);
