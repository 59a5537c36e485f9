import pg from 'pg';
import { NOTIFY_CHANNEL } from './postgres-schema.js';

/**
 * Hears the commits of every instance on the log (the NOTIFY sent in each append's transaction)
 * and wakes this instance's subscriptions at once. Followers do not depend on it: they also poll,
 * and a lost connection is opened again after `retryMs`, waking them meanwhile so that nothing
 * committed while it was deaf waits for the next poll.
 */
export class CommitListener {
  private client: pg.Client | undefined;
  private retry: NodeJS.Timeout | undefined;
  private stopped = false;

  constructor(
    private readonly config: pg.ClientConfig,
    private readonly schema: string,
    private readonly onCommit: () => void,
    private readonly retryMs: number,
  ) {}

  start(): void {
    if (this.client || this.retry || this.stopped) return;
    void this.connect();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.retry);
    this.retry = undefined;
    const client = this.client;
    this.client = undefined;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    const client = new pg.Client(this.config);
    let lost = false;
    const onLost = (): void => {
      if (lost) return;
      lost = true;
      if (this.client === client) this.client = undefined;
      void client.end().catch(() => undefined);
      this.onCommit();
      if (!this.stopped) this.retry = setTimeout(() => this.reconnect(), this.retryMs);
    };
    client.on('error', onLost);
    client.on('end', onLost);
    client.on('notification', (message) => {
      if (message.payload === this.schema) this.onCommit();
    });
    this.client = client;
    try {
      await client.connect();
      await client.query(`LISTEN ${pg.escapeIdentifier(NOTIFY_CHANNEL)}`);
    } catch {
      onLost();
      return;
    }
    if (this.stopped) await client.end().catch(() => undefined);
    // Commits made before LISTEN took effect were not heard: let the followers look.
    else this.onCommit();
  }

  private reconnect(): void {
    this.retry = undefined;
    if (!this.stopped) void this.connect();
  }
}
