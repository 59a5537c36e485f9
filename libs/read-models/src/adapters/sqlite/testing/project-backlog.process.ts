/**
 * A projection runner in its own OS process, for the crash test: started with
 * `node --import tsx project-backlog.process.ts <events file> <read-models file> <batch size>`,
 * it catches up on the whole log and exits 0 — unless the test kills it first.
 */
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { SqliteProjectionRunner } from '../sqlite-projection-runner.js';
import { SqliteReadModelStore } from '../sqlite-read-model-store.js';
import { allTestProjections } from './test-projections.js';

const [eventsFile, readModelsFile, batchSize] = process.argv.slice(2);
if (!eventsFile || !readModelsFile || !batchSize) throw new Error('usage: project-backlog.process.ts <events> <read-models> <batch size>');

const eventStore = new SqliteEventStore({ filename: eventsFile });
const readStore = new SqliteReadModelStore({ filename: readModelsFile });
const runner = new SqliteProjectionRunner({
  eventStore,
  readStore,
  projections: allTestProjections(),
  batchSize: Number(batchSize),
  // Documents deferred over ten batches: the kill lands while some are applied but not yet written.
  deferEvents: Number(batchSize) * 10,
  snapshotEvery: 10,
  snapshotProjection: 'test-board',
});

process.send?.('started');
await runner.catchUp();
await readStore.close();
await eventStore.close();
