import { Command, Option } from 'commander';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { registerAccountCommands } from './accounts.cli.js';
import { registerReadModelCommands } from './projections.cli.js';

/**
 * The operator's command line (`npm run cli -- <command>`). It works on the store file directly, so
 * it runs with or without the API running.
 */
const program = new Command().name('samverkan').description('Samverkan: operations on the embedded stores').showHelpAfterError();

program
  .command('verify')
  .description('Walk the hash chain of the event log and name the first position where it breaks')
  .addOption(new Option('--data-dir <dir>', 'where the embedded store lives').env('DATA_DIR').default('./data'))
  .option('--json', 'print the result as JSON')
  .action(async (options: { dataDir: string; json?: boolean }) => {
    const filename = join(options.dataDir, 'events.sqlite');
    if (!existsSync(filename)) program.error(`No event store at ${filename} (set --data-dir or DATA_DIR).`, { exitCode: 2 });
    const store = new SqliteEventStore({ filename });
    try {
      const result = await store.verify();
      if (options.json) console.log(JSON.stringify(result));
      else if (result.ok) console.log(`OK: the hash chain holds over ${result.checked} events.`);
      else console.log(`BROKEN at position ${result.firstBrokenPosition} (${result.reason}); ${result.checked} events before it verified.`);
      process.exitCode = result.ok ? 0 : 1;
    } finally {
      await store.close();
    }
  });

registerReadModelCommands(program);
registerAccountCommands(program);

await program.parseAsync(process.argv);
