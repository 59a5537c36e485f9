import { type Command, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { copyLog, CopyTargetMismatchError, type EventStoreLocation, parseEventStoreUrl, redact, type VerifiableEventStore } from '@samverkan/event-store';
import { openEventStore } from '@samverkan/event-store/open';

/** A store URL as the API's EVENT_STORE_URL takes it; a wrong one is refused naming the forms understood. */
export const storeUrl = (value: string): EventStoreLocation => {
  try {
    return parseEventStoreUrl(value);
  } catch (error) {
    throw new InvalidArgumentError(error instanceof Error ? error.message : String(error));
  }
};

const inFlightCount = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1024) throw new InvalidArgumentError('a whole number from 1 to 1024');
  return n;
};

/** `--store-url` (EVENT_STORE_URL), else the embedded file in `--data-dir`, as the API decides. */
export const storeUrlOption = () =>
  new Option('--store-url <url>', 'the event log: sqlite:<file>, postgres://… or esdb://… (default: sqlite:<data-dir>/events.sqlite)')
    .env('EVENT_STORE_URL')
    .argParser(storeUrl);

export function locationOf(program: Command, options: { readonly storeUrl?: EventStoreLocation; readonly dataDir: string }): EventStoreLocation {
  const location = options.storeUrl ?? { engine: 'sqlite' as const, filename: join(options.dataDir, 'events.sqlite') };
  // Opening a SQLite file that is not there would make an empty store: say where we looked instead.
  if (location.engine === 'sqlite' && !existsSync(location.filename)) {
    program.error(`No event store at ${location.filename} (set --store-url, --data-dir, EVENT_STORE_URL or DATA_DIR).`, { exitCode: 2 });
  }
  return location;
}

const describeLocation = (location: EventStoreLocation) => (location.engine === 'sqlite' ? `sqlite:${location.filename}` : redact(location.url));

interface CopyOptions {
  readonly from: EventStoreLocation;
  readonly to: EventStoreLocation;
  readonly inFlight?: number;
  readonly json?: boolean;
}

/** `store copy`: moving up from the embedded store to a server (or between any two stores). */
export function registerStoreCommands(program: Command): void {
  const store = program.command('store').description('Operations on whole event logs');
  store
    .command('copy')
    .description(
      'Copy a whole event log into another store with its hashes, then verify both chains and compare their heads. ' +
        'Stop it at any point (Ctrl-C) and run the same command again to resume.',
    )
    .requiredOption('--from <url>', 'the log to copy: sqlite:<file>, postgres://… or esdb://…', storeUrl)
    .requiredOption('--to <url>', 'the store to copy into: empty, or holding the start of an earlier copy of the same log', storeUrl)
    .addOption(
      new Option(
        '--in-flight <n>',
        'appends in flight at once (default: 64 into SQLite or PostgreSQL, which commit them in order; 1 into KurrentDB)',
      ).argParser(inFlightCount),
    )
    .option('--json', 'print the result as JSON')
    .action(async (options: CopyOptions) => {
      if (describeLocation(options.from) === describeLocation(options.to)) program.error('--from and --to name the same store.', { exitCode: 2 });
      const from = locationOf(program, { storeUrl: options.from, dataDir: '.' });
      const inFlight = options.inFlight ?? (options.to.engine === 'kurrentdb' ? 1 : 64);
      const stores: VerifiableEventStore[] = [];
      const stop = new AbortController();
      const interrupt = () => stop.abort();
      process.once('SIGINT', interrupt);
      process.once('SIGTERM', interrupt);
      try {
        stores.push(await openEventStore(from), await openEventStore(options.to));
        const [source, target] = stores as [VerifiableEventStore, VerifiableEventStore];
        let lastReport = 0;
        const result = await copyLog(source, target, {
          inFlight,
          signal: stop.signal,
          onProgress: ({ alreadyThere, copied }) => {
            if (copied - lastReport < 10_000) return;
            lastReport = copied;
            process.stderr.write(`copied ${copied} events (${alreadyThere} were there already)\n`);
          },
        });
        if (options.json) console.log(JSON.stringify(result));
        if (result.interrupted) {
          if (!options.json) console.log(`Interrupted after copying ${result.copied} events: run the same command again to resume.`);
          process.exitCode = 130;
          return;
        }
        if (!options.json) console.log(copySummary(result, describeLocation(options.from), describeLocation(options.to)));
        process.exitCode = result.identical ? 0 : 1;
      } catch (error) {
        if (!(error instanceof CopyTargetMismatchError)) throw error;
        program.error(error.message, { exitCode: 1 });
      } finally {
        process.off('SIGINT', interrupt);
        process.off('SIGTERM', interrupt);
        await Promise.all(stores.map((opened) => opened.close()));
      }
    });
}

function copySummary(result: Awaited<ReturnType<typeof copyLog>>, from: string, to: string): string {
  const copied = `Copied ${result.copied} events from ${from} to ${to} (${result.alreadyThere} were there already).`;
  const { source, target } = result;
  if (result.identical && source?.ok)
    return `${copied}\nOK: both hash chains hold over ${source.checked} events and end in the same hash ${source.last.hash}.`;
  const describe = (name: string, chain: typeof source) =>
    !chain
      ? ''
      : chain.ok
        ? `${name} holds over ${chain.checked} events, ending in ${chain.last.hash}`
        : `${name} is BROKEN at ${chain.firstBrokenPosition} (${chain.reason})`;
  return `${copied}\nDIFFERENT: the ${describe('source', source)}; the ${describe('target', target)}.`;
}
