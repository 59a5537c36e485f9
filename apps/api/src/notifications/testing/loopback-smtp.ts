import { simpleParser } from 'mailparser';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** A mail as the test SMTP server received it. */
export interface ReceivedMail {
  readonly messageId: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
}

export interface LoopbackSmtp {
  readonly url: string;
  readonly received: readonly ReceivedMail[];
  /** Resolves with the mails matching `accept` once there are at least `count` of them; rejects after `timeoutMs`. */
  waitFor(accept: (mail: ReceivedMail) => boolean, count?: number, timeoutMs?: number): Promise<ReceivedMail[]>;
  close(): Promise<void>;
}

export interface LoopbackSmtpOptions {
  /** Recipients refused for good at RCPT TO (550), as a server refuses an address it does not know. */
  readonly refuse?: (address: string) => boolean;
  /**
   * Mails received but not answered until the server closes: the sender waits, as it would on a
   * slow server, and a spec can stop it there (it may have been accepted: it counts as received).
   */
  readonly hold?: (mail: ReceivedMail) => boolean;
}

/**
 * An SMTP server on 127.0.0.1 that keeps what it receives, for the notification specs: plain SMTP
 * (no STARTTLS, no authentication), as a relay inside the municipality's network might be.
 */
export const startLoopbackSmtp = async (options: LoopbackSmtpOptions = {}): Promise<LoopbackSmtp> => {
  const received: ReceivedMail[] = [];
  const held: (() => void)[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (!options.refuse?.(address.address)) return callback();
      callback(Object.assign(new Error(`No such recipient: ${address.address}`), { responseCode: 550 }));
    },
    onData(stream, _session, callback) {
      simpleParser(stream)
        .then((mail) => {
          const to = Array.isArray(mail.to) ? mail.to.map((a) => a.text).join(', ') : (mail.to?.text ?? '');
          const got = { messageId: mail.messageId ?? '', to, subject: mail.subject ?? '', text: mail.text ?? '' };
          received.push(got);
          if (options.hold?.(got)) held.push(() => callback());
          else callback();
        })
        .catch((error: Error) => callback(error));
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    waitFor: async (accept, count = 1, timeoutMs = 10_000) => {
      const until = Date.now() + timeoutMs;
      for (;;) {
        const found = received.filter(accept);
        if (found.length >= count) return found;
        if (Date.now() > until)
          throw new Error(`Expected ${count} mail(s), got ${found.length} of ${received.length}: ${received.map((m) => m.subject).join(' | ')}`);
        await new Promise((resolve) => setTimeout(resolve, 25));
      }
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const answer of held.splice(0)) answer();
        server.close(() => resolve());
      }),
  };
};
