import { fork, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { RemoteAppender, RemoteAppendOutcome, RemoteAppendRequest } from '../contract/fixture.js';
import type { AppenderReply, AppenderRequest, AppenderResult } from './appender-protocol.js';

const script = fileURLToPath(new URL('./appender-process.ts', import.meta.url));

type Pending = { resolve: (result: AppenderResult) => void; reject: (error: Error) => void };
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/** The test's handle on an appender process: the same store, opened from its URL in another OS process. */
export class AppenderProcess implements RemoteAppender {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly exited: Promise<void>;

  private constructor(private readonly child: ChildProcess) {
    this.exited = new Promise((resolve) => child.once('exit', () => resolve()));
    child.on('message', (reply: AppenderReply) => {
      if (!('id' in reply)) return;
      const waiting = this.pending.get(reply.id);
      this.pending.delete(reply.id);
      if (reply.ok) waiting?.resolve(reply.result);
      else waiting?.reject(new Error(`appender process failed: ${reply.error}`));
    });
    child.once('exit', (code) => {
      this.pending.forEach(({ reject }) => reject(new Error(`appender process exited with ${code}`)));
      this.pending.clear();
    });
  }

  /** Forks `node --import tsx appender-process.ts <url>` and waits until it has opened the store. */
  static async start(url: string): Promise<AppenderProcess> {
    const child = fork(script, [url], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    await new Promise<void>((resolve, reject) => {
      child.once('message', (reply: AppenderReply) =>
        'kind' in reply && reply.kind === 'ready' ? resolve() : reject(new Error('appender process did not start')),
      );
      child.once('exit', (code) => reject(new Error(`appender process exited with ${code} before it was ready`)));
    });
    return new AppenderProcess(child);
  }

  async append(request: RemoteAppendRequest): Promise<RemoteAppendOutcome> {
    const result = await this.request({ kind: 'append', ...request });
    if (result.kind !== 'appended' && result.kind !== 'conflict') throw new Error(`unexpected reply ${result.kind}`);
    return result;
  }

  /** Appends `count` events to its own stream, starting at the shared instant `startAt`. */
  async burst(streamId: string, count: number, startAt: number): Promise<void> {
    await this.request({ kind: 'burst', streamId, count, startAt });
  }

  /** Resolves once the process holds the write lock; it lets go after `ms`. */
  async holdWriteLock(ms: number): Promise<void> {
    await this.request({ kind: 'hold-write-lock', ms });
  }

  async stop(): Promise<void> {
    if (this.child.exitCode !== null || this.child.signalCode !== null) return;
    if (this.child.connected) this.child.disconnect();
    await this.exited;
  }

  private request(request: WithoutId<AppenderRequest>): Promise<AppenderResult> {
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.child.send({ ...request, id });
    });
  }
}
