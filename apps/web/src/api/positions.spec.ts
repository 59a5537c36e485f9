import { describe, expect, it } from '@jest/globals';
import { ApiClient } from './client';
import { tabPositions } from './positions';

/** A tab's sessionStorage as the browser keeps it across a reload. */
const tabStorage = () => {
  const items = new Map<string, string>();
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  };
};

const clientOn = (storage: ReturnType<typeof tabStorage>, sent: string[], answers: unknown[]) =>
  new ApiClient({
    csrfToken: () => 'csrf',
    signedIn: () => true,
    positions: tabPositions(storage),
    fetch: async (input) => {
      sent.push(String(input));
      return new Response(JSON.stringify(answers.shift() ?? {}), { status: 200, headers: { 'content-type': 'application/json' } });
    },
  });

describe("the tab's last position", () => {
  it('survives a reload: the new page asks the read models for what the tab wrote before it', async () => {
    const storage = tabStorage();
    const sent: string[] = [];
    await clientOn(storage, sent, [{ revision: 4, position: '1234' }]).command('POST', '/focus-areas/f/proposals/p/approvals');

    const reloaded = clientOn(storage, sent, [[]]);
    await reloaded.get('/agreements/a/inbox', { readModel: true });
    expect(sent[1]).toBe('/api/agreements/a/inbox?minPosition=1234');
  });

  it('is forgotten on sign-out, in storage too', async () => {
    const storage = tabStorage();
    const client = clientOn(storage, [], [{ position: '7' }]);
    await client.command('POST', '/x');
    client.forgetPositions();
    expect(clientOn(storage, [], []).lastPosition).toBeNull();
  });

  it('stays in memory when the browser refuses storage', () => {
    const refusing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => undefined,
    };
    const positions = tabPositions(refusing);
    positions.write('42');
    expect(positions.read()).toBe('42');
  });

  it('is kept in memory where there is no sessionStorage (outside a browser)', () => {
    const positions = tabPositions(undefined);
    positions.write('9');
    expect(positions.read()).toBe('9');
  });
});
