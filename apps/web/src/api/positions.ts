/**
 * Where a tab keeps the highest log position its commands wrote, for read-your-writes
 * (`minPosition`). A number of the shared log: no credential and nothing about anyone.
 */
export interface PositionMemory {
  read(): string | null;
  write(position: string | null): void;
}

export const positionsInMemory = (): PositionMemory => {
  let position: string | null = null;
  return {
    read: () => position,
    write: (next) => {
      position = next;
    },
  };
};

const KEY = 'samverkan.lastPosition';

/**
 * The tab's sessionStorage: each tab its own, kept across a reload (which may reach another
 * instance behind the balancer, whose read models must then include what this tab wrote), gone
 * with the tab. In memory where the browser refuses storage.
 */
export const tabPositions = (storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined = globalThis.sessionStorage): PositionMemory => {
  if (!storage) return positionsInMemory();
  const fallback = positionsInMemory();
  return {
    read: () => {
      try {
        return storage.getItem(KEY);
      } catch {
        return fallback.read();
      }
    },
    write: (position) => {
      fallback.write(position);
      try {
        if (position === null) storage.removeItem(KEY);
        else storage.setItem(KEY, position);
      } catch {
        // Storage full or refused: the tab still remembers it until it is reloaded.
      }
    },
  };
};
