import { describe, expect, it } from '@jest/globals';
import { FixedWindowThrottlerStorage } from './fixed-window-storage.js';

describe('FixedWindowThrottlerStorage', () => {
  const at = (start: number) => {
    const clock = { now: start };
    return { clock, storage: new FixedWindowThrottlerStorage(() => clock.now) };
  };

  it('counts hits in the window and blocks the one past the limit, saying when to come back', async () => {
    const { storage } = at(1_000_000);
    for (let i = 1; i <= 3; i++)
      expect(await storage.increment('account:a', 60_000, 3, 60_000, 'commands')).toMatchObject({ totalHits: i, isBlocked: false });
    expect(await storage.increment('account:a', 60_000, 3, 60_000, 'commands')).toEqual({
      totalHits: 4,
      timeToExpire: 60,
      isBlocked: true,
      timeToBlockExpire: 60,
    });
  });

  it('keeps each key and each throttler apart', async () => {
    const { storage } = at(0);
    await storage.increment('account:a', 60_000, 1, 60_000, 'commands');
    expect((await storage.increment('account:b', 60_000, 1, 60_000, 'commands')).isBlocked).toBe(false);
    expect((await storage.increment('account:a', 60_000, 1, 60_000, 'sign-in-address')).isBlocked).toBe(false);
    expect((await storage.increment('account:a', 60_000, 1, 60_000, 'commands')).isBlocked).toBe(true);
  });

  it('stays blocked for the block duration, then starts a new window', async () => {
    const { clock, storage } = at(0);
    await storage.increment('k', 10_000, 1, 30_000, 'commands');
    await storage.increment('k', 10_000, 1, 30_000, 'commands');
    clock.now = 20_000;
    expect(await storage.increment('k', 10_000, 1, 30_000, 'commands')).toMatchObject({ isBlocked: true, timeToBlockExpire: 10 });
    clock.now = 30_000;
    expect(await storage.increment('k', 10_000, 1, 30_000, 'commands')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('forgets windows that have ended', async () => {
    const { clock, storage } = at(0);
    await storage.increment('a', 10_000, 5, 10_000, 'commands');
    await storage.increment('b', 10_000, 5, 10_000, 'commands');
    clock.now = 5_000;
    await storage.increment('c', 10_000, 5, 10_000, 'commands');
    clock.now = 10_000;
    storage.forgetEnded();
    expect(storage.size).toBe(1);
  });
});
