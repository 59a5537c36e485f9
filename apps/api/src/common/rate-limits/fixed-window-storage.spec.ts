import { describe, expect, it } from '@jest/globals';
import { FixedWindowThrottlerStorage } from './fixed-window-storage.js';
import { rateLimitWindowsContract } from './rate-limit-windows.contract.js';

describe('FixedWindowThrottlerStorage', () => {
  rateLimitWindowsContract(async (now) => new FixedWindowThrottlerStorage(now));

  it('forgets windows that have ended', async () => {
    const clock = { now: 0 };
    const storage = new FixedWindowThrottlerStorage(() => clock.now);
    await storage.increment('a', 10_000, 5, 10_000, 'commands');
    await storage.increment('b', 10_000, 5, 10_000, 'commands');
    clock.now = 5_000;
    await storage.increment('c', 10_000, 5, 10_000, 'commands');
    clock.now = 10_000;
    storage.forgetEnded();
    expect(storage.size).toBe(1);
  });

  it('keeps at most its bound of windows, forgetting the one that started first', async () => {
    const clock = { now: 0 };
    const storage = new FixedWindowThrottlerStorage(() => clock.now, 2);
    await storage.increment('first', 10_000, 5, 10_000, 'commands');
    await storage.increment('second', 10_000, 5, 10_000, 'commands');
    await storage.increment('third', 10_000, 5, 10_000, 'commands');
    expect(storage.size).toBe(2);
    expect(await storage.peek('first', 'commands')).toBeUndefined();
    expect(await storage.peek('second', 'commands')).toEqual({ totalHits: 1, timeToExpire: 10 });
  });
});
