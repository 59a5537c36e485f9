import { Command, InvalidArgumentError, Option } from 'commander';
import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EventStoreLocation } from '@samverkan/event-store';
import { openEventStore } from '@samverkan/event-store/open';
import { ALL_PROJECTIONS, auditHistoryProjection, auditRowsToCsv, type AuditRow } from '@samverkan/read-models';
import { DEFAULT_SNAPSHOT_EVERY, SqliteProjectionRunner, SqliteReadModelStore } from '@samverkan/read-models/sqlite';
import { AccountsService } from '../identity/accounts.service.js';
import { SqliteAccountStore } from '../identity/accounts/sqlite-account-store.js';
import { Clock } from '../infrastructure/clock.js';
import { ReadableAuditRows } from '../plan/queries/get-audit-history/readable-audit-rows.js';
import { toUtcInstant } from '@samverkan/shared-kernel';
import { locationOf, storeUrlOption } from './store.cli.js';

/** Rows read per query while exporting: memory holds the export, never one huge query result. */
const EXPORT_PAGE = 1000;

interface Stores {
  readonly readStore: SqliteReadModelStore;
  readonly runner: SqliteProjectionRunner;
}

const dataDirOption = () => new Option('--data-dir <dir>', 'where the embedded stores live').env('DATA_DIR').default('./data');

const positiveInteger = (value: string): number => {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > 1000) throw new InvalidArgumentError('a whole number from 1 to 1000');
  return n;
};

/** The API's setting of the same name: the CLI's runner snapshots as the API's does. */
const snapshotEveryOption = () =>
  new Option('--snapshot-every <n>', 'snapshot each focus area every n revisions')
    .env('PLAN_SNAPSHOT_EVERY')
    .argParser(positiveInteger)
    .default(DEFAULT_SNAPSHOT_EVERY);

interface StoreOptions {
  readonly dataDir: string;
  readonly storeUrl?: EventStoreLocation;
  readonly snapshotEvery: number;
}

/**
 * Opens the event log (--store-url, else DATA_DIR/events.sqlite) and this instance's read models in
 * DATA_DIR/read-models.sqlite, runs `work`, closes both. Safe
 * while the API runs: each batch re-reads the checkpoints inside its write transaction, so two
 * runners on one read store never apply an event twice.
 */
async function withStores<T>(program: Command, options: StoreOptions, work: (stores: Stores) => Promise<T>): Promise<T> {
  const { dataDir, snapshotEvery } = options;
  const eventStore = await openEventStore(locationOf(program, options));
  const readStore = new SqliteReadModelStore({ filename: join(dataDir, 'read-models.sqlite'), log: { eventStore, projections: ALL_PROJECTIONS } });
  try {
    return await work({ readStore, runner: new SqliteProjectionRunner({ eventStore, readStore, projections: ALL_PROJECTIONS, snapshotEvery }) });
  } finally {
    await readStore.close();
    await eventStore.close();
  }
}

async function printStatus(runner: SqliteProjectionRunner, json: boolean | undefined): Promise<void> {
  const status = await runner.status();
  if (json) return console.log(JSON.stringify(status));
  for (const { name, version, position, head, lag } of status) {
    console.log(`${name} v${version}: at ${position ?? '-'} of ${head ?? '-'}, ${lag === 0 ? 'caught up' : `${lag} events behind`}`);
  }
}

/** The rows named as the API names them, from the accounts beside the store (ids alone where an install has none). */
async function withActorNames<R extends { readonly actorId: string }>(dataDir: string, rows: readonly R[]): Promise<readonly R[]> {
  const file = join(dataDir, 'accounts.sqlite');
  if (!existsSync(file)) return rows;
  const store = new SqliteAccountStore(file);
  try {
    return await new AccountsService(store, new Clock()).named(rows);
  } finally {
    store.close();
  }
}

/** Every audit row of the agreement in the range, oldest first, a page at a time. */
async function auditRows(readStore: SqliteReadModelStore, agreementId: string, from?: string, to?: string): Promise<AuditRow[]> {
  const rows: AuditRow[] = [];
  for (let offset = 0; ; offset += EXPORT_PAGE) {
    const page = await readStore.find<AuditRow>(auditHistoryProjection.name, {
      agreementId,
      ...(from ? { occurredFrom: toUtcInstant(from, false) } : {}),
      ...(to ? { occurredTo: toUtcInstant(to, true) } : {}),
      order: 'asc',
      limit: EXPORT_PAGE,
      offset,
    });
    rows.push(...page.items.map((item) => item.doc));
    if (page.items.length < EXPORT_PAGE) return rows;
  }
}

interface ExportOptions extends StoreOptions {
  readonly agreement: string;
  readonly from?: string;
  readonly to?: string;
  readonly format: 'csv' | 'json';
  readonly out?: string;
}

/** `projections status|rebuild` and `audit export`, on the stores in DATA_DIR. */
export function registerReadModelCommands(program: Command): void {
  const projections = program.command('projections').description('The read models projected from the event log');
  projections
    .command('status')
    .description("Each projection's position, the log's head and how far behind it is")
    .addOption(dataDirOption())
    .addOption(storeUrlOption())
    .addOption(snapshotEveryOption())
    .option('--json', 'print the status as JSON')
    .action((options: StoreOptions & { json?: boolean }) => withStores(program, options, ({ runner }) => printStatus(runner, options.json)));
  projections
    .command('rebuild')
    .description('Drop a projection (all when no name) and project it again from the start of the log')
    .argument('[name]', `one of: ${ALL_PROJECTIONS.map((projection) => projection.name).join(', ')}`)
    .addOption(dataDirOption())
    .addOption(storeUrlOption())
    .addOption(snapshotEveryOption())
    .action((name: string | undefined, options: StoreOptions) =>
      withStores(program, options, async ({ runner }) => {
        if (name !== undefined && !ALL_PROJECTIONS.some((projection) => projection.name === name))
          program.error(`No projection named ${name}.`, { exitCode: 2 });
        await runner.rebuild(name);
        await printStatus(runner, false);
      }),
    );

  program
    .command('audit')
    .description('The audit history')
    .command('export')
    .description("Export an agreement's audit history (one row per event): CSV for Excel, or JSON")
    .addOption(dataDirOption())
    .addOption(storeUrlOption())
    .addOption(snapshotEveryOption())
    .requiredOption('--agreement <id>', 'the agreement')
    .option('--from <date>', 'first day (YYYY-MM-DD, a Swedish day) or instant, inclusive')
    .option('--to <date>', 'last day (YYYY-MM-DD, a Swedish day) or instant, inclusive')
    .addOption(new Option('--format <format>', 'file format').choices(['csv', 'json']).default('csv'))
    .option('--out <file>', 'write to this file instead of standard output')
    .action((options: ExportOptions) =>
      withStores(program, options, async ({ readStore, runner }) => {
        await runner.catchUp(); // export what the log holds now, even if no API has been projecting it
        const readable = await new ReadableAuditRows(readStore).of(
          options.agreement,
          await auditRows(readStore, options.agreement, options.from, options.to),
        );
        const rows = await withActorNames(options.dataDir, readable);
        const text = options.format === 'csv' ? auditRowsToCsv(rows) : `${JSON.stringify(rows, null, 2)}\n`;
        if (options.out) {
          await writeFile(options.out, text);
          console.error(`${rows.length} rows written to ${options.out}.`);
        } else process.stdout.write(text);
      }),
    );
}
