import { Command, Option } from 'commander';
import { openEventStore } from '@samverkan/event-store/open';
import { registerAccountCommands } from './accounts.cli.js';
import { registerReadModelCommands } from './projections.cli.js';
import { locationOf, registerStoreCommands, storeUrlOption } from './store.cli.js';
import type { EventStoreLocation } from '@samverkan/event-store';

/**
 * The operator's command line (`npm run cli -- <command>`). It works on the store file directly, so
 * it runs with or without the API running.
 */
const program = new Command()
  .name('samverkan')
  .description('Samverkan: operations on the event log, the read models and the accounts')
  .showHelpAfterError();

program
  .command('verify')
  .description('Walk the hash chain of the event log and name the first position where it breaks')
  .addOption(new Option('--data-dir <dir>', 'where the embedded store lives').env('DATA_DIR').default('./data'))
  .addOption(storeUrlOption())
  .option('--json', 'print the result as JSON')
  .action(async (options: { dataDir: string; storeUrl?: EventStoreLocation; json?: boolean }) => {
    const store = await openEventStore(locationOf(program, options));
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
registerStoreCommands(program);

await program.parseAsync(process.argv);
