import { createHash } from 'node:crypto';
import type { Transporter } from 'nodemailer';
import type { Outbox, OutboxRow } from './outbox.port.js';

/** The mail's Message-ID, from the outbox row's id: the same row always carries the same one, so a receiver can tell a copy. */
export const messageIdOf = (rowId: string, from: string): string => {
  const domain = /@([^\s>]+)>?\s*$/.exec(from)?.[1] ?? 'samverkan.invalid';
  return `<${createHash('sha256').update(rowId).digest('hex').slice(0, 40)}@${domain}>`;
};

/** How long to wait before trying a mail again that the server did not take: a minute, doubling, at most a day. */
const retryAfterMs = (attempts: number): number => Math.min(60_000 * 2 ** (attempts - 1), 86_400_000);

const isPermanent = (error: unknown): boolean => {
  const code = (error as { responseCode?: unknown }).responseCode;
  return typeof code === 'number' && code >= 500;
};

/**
 * Sends what the outbox holds, one mail at a time. A row is marked `attempting` before it is handed
 * to SMTP and `sent` after the server accepts it: a process that stops between the two leaves it
 * `attempting`, and the next sender (this instance restarted, or another that takes the lease)
 * settles it as `unconfirmed` instead of sending it again.
 */
export class OutboxSender {
  private running: Promise<number> | null = null;

  constructor(
    private readonly outbox: Outbox,
    private readonly transport: Pick<Transporter, 'sendMail'>,
    private readonly from: string,
    private readonly now: () => Date,
  ) {}

  /** Sends every mail due now; resolves with how many were accepted. Calls while one runs join it. */
  drain(): Promise<number> {
    this.running ??= this.sendAll().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  private async sendAll(): Promise<number> {
    let accepted = 0;
    for (let row = await this.outbox.takeNext(this.now().toISOString()); row; row = await this.outbox.takeNext(this.now().toISOString())) {
      if (await this.send(row)) accepted++;
    }
    return accepted;
  }

  private async send(row: OutboxRow): Promise<boolean> {
    try {
      await this.transport.sendMail({ from: this.from, to: row.address, subject: row.subject, text: row.text, messageId: messageIdOf(row.id, this.from) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      if (isPermanent(error)) await this.outbox.markFailed(row.id, reason);
      else await this.outbox.markRetry(row.id, new Date(this.now().getTime() + retryAfterMs(row.attempts)).toISOString(), reason);
      return false;
    }
    await this.outbox.markSent(row.id, this.now().toISOString());
    return true;
  }
}
