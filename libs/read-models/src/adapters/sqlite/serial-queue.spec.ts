import { describe, expect, it } from '@jest/globals';
import { SerialQueue } from './serial-queue.js';

describe('SerialQueue', () => {
  it('runs tasks one at a time, in the order they were queued', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    // Each task waits for its own gate; the gates open in the reverse order, so a queue that let a
    // later task start before an earlier one ended would log it out of order.
    const gates = new Map<string, () => void>();
    const task = (name: string) => async () => {
      log.push(`${name} start`);
      await new Promise<void>((open) => gates.set(name, open));
      log.push(`${name} end`);
    };
    const done = Promise.all([queue.run(task('a')), queue.run(task('b')), queue.run(task('c'))]);
    const opened = async (name: string) => {
      while (!gates.has(name)) await new Promise((r) => setImmediate(r));
      gates.get(name)!();
    };
    expect(gates.has('b')).toBe(false);
    await opened('a');
    await opened('b');
    await opened('c');
    await done;
    expect(log).toEqual(['a start', 'a end', 'b start', 'b end', 'c start', 'c end']);
  });

  it('fails only the task that failed', async () => {
    const queue = new SerialQueue();
    const failed = queue.run(() => Promise.reject(new Error('boom')));
    const next = queue.run(() => 'still runs');
    await expect(failed).rejects.toThrow('boom');
    await expect(next).resolves.toBe('still runs');
  });
});
