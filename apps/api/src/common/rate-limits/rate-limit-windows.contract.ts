import { expect, it } from '@jest/globals';
import type { RateLimitWindows } from './rate-limit-windows.js';

export interface Clock {
  now: number;
}

/** What every RateLimitWindows must do, run against each (memory; PostgreSQL). `open` gets a clock the test moves. */
export const rateLimitWindowsContract = (open: (now: () => number) => Promise<RateLimitWindows>) => {
  const at = async (start: number) => {
    const clock: Clock = { now: start };
    return { clock, windows: await open(() => clock.now) };
  };

  it('counts hits in the window and blocks the one past the limit, saying when to come back', async () => {
    const { windows } = await at(1_000_000);
    for (let i = 1; i <= 3; i++)
      expect(await windows.increment('account:a', 60_000, 3, 60_000, 'commands')).toMatchObject({ totalHits: i, isBlocked: false });
    expect(await windows.increment('account:a', 60_000, 3, 60_000, 'commands')).toEqual({
      totalHits: 4,
      timeToExpire: 60,
      isBlocked: true,
      timeToBlockExpire: 60,
    });
  });

  it('keeps each key and each throttler apart', async () => {
    const { windows } = await at(0);
    await windows.increment('account:a', 60_000, 1, 60_000, 'commands');
    expect((await windows.increment('account:b', 60_000, 1, 60_000, 'commands')).isBlocked).toBe(false);
    expect((await windows.increment('account:a', 60_000, 1, 60_000, 'sign-in-address')).isBlocked).toBe(false);
    expect((await windows.increment('account:a', 60_000, 1, 60_000, 'commands')).isBlocked).toBe(true);
  });

  it('stays blocked for the block duration, then starts a new window', async () => {
    const { clock, windows } = await at(0);
    await windows.increment('k', 10_000, 1, 30_000, 'commands');
    await windows.increment('k', 10_000, 1, 30_000, 'commands');
    clock.now = 20_000;
    expect(await windows.increment('k', 10_000, 1, 30_000, 'commands')).toMatchObject({ totalHits: 2, isBlocked: true, timeToBlockExpire: 10 });
    clock.now = 30_000;
    expect(await windows.increment('k', 10_000, 1, 30_000, 'commands')).toMatchObject({ totalHits: 1, isBlocked: false });
  });

  it('counts past the limit without a block when the block has no length, and starts afresh when the window ends', async () => {
    const { clock, windows } = await at(0);
    await windows.increment('anna', 10_000, 1, 0, 'sign-in-account');
    expect(await windows.increment('anna', 10_000, 1, 0, 'sign-in-account')).toMatchObject({ totalHits: 2, isBlocked: true, timeToBlockExpire: 0 });
    clock.now = 1_000;
    expect(await windows.increment('anna', 10_000, 1, 0, 'sign-in-account')).toMatchObject({ totalHits: 3, timeToExpire: 9 });
    clock.now = 10_000;
    expect(await windows.increment('anna', 10_000, 1, 0, 'sign-in-account')).toMatchObject({ totalHits: 1, isBlocked: false, timeToExpire: 10 });
  });

  it('shows an open window without counting a hit, and none once it ended', async () => {
    const { clock, windows } = await at(0);
    expect(await windows.peek('anna', 'sign-in-account')).toBeUndefined();
    await windows.increment('anna', 10_000, 5, 0, 'sign-in-account');
    await windows.increment('anna', 10_000, 5, 0, 'sign-in-account');
    clock.now = 2_500;
    expect(await windows.peek('anna', 'sign-in-account')).toEqual({ totalHits: 2, timeToExpire: 8 });
    expect(await windows.peek('anna', 'sign-in-account')).toEqual({ totalHits: 2, timeToExpire: 8 });
    expect(await windows.peek('anna', 'commands')).toBeUndefined();
    clock.now = 10_000;
    expect(await windows.peek('anna', 'sign-in-account')).toBeUndefined();
  });
};
