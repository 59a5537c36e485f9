import pg from 'pg';
import type { EventToAppend } from '@samverkan/event-store';
import { PostgresEventStore } from '@samverkan/event-store/postgres';
// Not the testing barrel: it carries the jest contract suite, which a benchmark process cannot load.
import { startPostgresCluster } from '../../libs/event-store/src/testing/postgres-cluster.js';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import { anAppendedEvent } from './append.bench.js';
import type { BenchResult } from './bench-result.js';
import { median } from './stats.js';

const TARGET_RATIO = 0.9;
const WARM_UP_PER_CLIENT = 20;

/** The store's table without the chain's ordering: positions from a sequence, the hashes a constant of their width. */
const BASELINE_TABLE = `CREATE TABLE events (
  position bigserial PRIMARY KEY, stream_id text NOT NULL, revision bigint NOT NULL, event_id text NOT NULL UNIQUE,
  type text NOT NULL, schema_version integer NOT NULL, data text NOT NULL, metadata text NOT NULL,
  prev_hash text NOT NULL, hash text NOT NULL, UNIQUE (stream_id, revision))`;

/** One client's append: `revision` is the revision the event gets (0 for a new stream). */
type Append = (client: number, revision: number, event: EventToAppend) => Promise<unknown>;

interface Side {
  readonly append: Append;
  readonly revisions: number[];
  readonly seconds: number[];
  close(): Promise<void>;
}

/**
 * The loop a developer would write by hand: on its own connection per client, BEGIN; read the
 * stream's version; INSERT; COMMIT, with prepared statements.
 */
async function rawLoop(url: string, clients: number): Promise<Side> {
  const connections = await Promise.all(
    Array.from({ length: clients }, async () => {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      return client;
    }),
  );
  await connections[0]!.query(BASELINE_TABLE);
  const hash = 'a'.repeat(64);
  const append: Append = async (n, revision, event) => {
    const client = connections[n]!;
    const streamId = focusAreaStreamId(String(n));
    await client.query('BEGIN');
    try {
      const { rows } = await client.query<{ revision: string | null }>({
        name: 'version',
        text: 'SELECT max(revision) AS revision FROM events WHERE stream_id = $1',
        values: [streamId],
      });
      if (Number(rows[0]?.revision ?? -1) !== revision - 1) throw new Error(`baseline: ${streamId} is not at ${revision - 1}`);
      await client.query({
        name: 'insert',
        text: `INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash)
               VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        values: [
          streamId,
          revision,
          event.eventId,
          event.type,
          event.schemaVersion,
          JSON.stringify(event.data),
          JSON.stringify(event.metadata),
          hash,
          hash,
        ],
      });
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  };
  return {
    append,
    revisions: new Array<number>(clients).fill(0),
    seconds: [],
    close: async () => void (await Promise.all(connections.map((c) => c.end()))),
  };
}

async function storeSide(url: string, clients: number): Promise<Side> {
  const store = await PostgresEventStore.open({ url });
  const append: Append = (n, revision, event) =>
    store.appendToStream(focusAreaStreamId(String(n)), [event], { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 });
  return { append, revisions: new Array<number>(clients).fill(0), seconds: [], close: () => store.close() };
}

/** Every client appends `perClient` events to its own stream, one at a time; returns the seconds it took. */
async function timeRun(side: Side, perClient: number): Promise<number> {
  const clients = side.revisions.length;
  const batches = Array.from({ length: clients }, () => Array.from({ length: perClient }, (_, n) => anAppendedEvent(n))); // made before the clock starts
  const started = performance.now();
  await Promise.all(
    batches.map(async (batch, client) => {
      for (const event of batch) {
        await side.append(client, side.revisions[client]!, event);
        side.revisions[client]! += 1;
      }
    }),
  );
  return (performance.now() - started) / 1000;
}

/**
 * PostgresEventStore (one event per append, with its expected revision) against the raw `pg` loop,
 * with 1 and 16 concurrent clients, on one durable throwaway cluster (every commit flushed), each
 * side in its own database. Rounds alternate which side goes first; medians, as in benchAppend.
 */
export async function benchPostgresAppend(opts: { events: number; clients: readonly number[] }): Promise<BenchResult[]> {
  const cluster = await startPostgresCluster({ durable: true });
  const results: BenchResult[] = [];
  try {
    for (const clients of opts.clients) {
      const perClient = Math.max(1, Math.round(Math.min(opts.events / clients, 1600 / clients) / 4));
      const rounds = Math.max(2, Math.round(opts.events / (perClient * clients)));
      const subject = await storeSide(await cluster.createDatabase(`subject_${clients}`), clients);
      const baseline = await rawLoop(await cluster.createDatabase(`baseline_${clients}`), clients);
      try {
        for (const side of [subject, baseline]) await timeRun(side, WARM_UP_PER_CLIENT);
        for (let round = 0; round < rounds; round += 1) {
          for (const side of round % 2 === 0 ? [subject, baseline] : [baseline, subject]) side.seconds.push(await timeRun(side, perClient));
        }
      } finally {
        await subject.close();
        await baseline.close();
      }
      const perRound = perClient * clients;
      const subjectOpsPerSec = perRound / median(subject.seconds);
      const baselineOpsPerSec = perRound / median(baseline.seconds);
      const ratio = subjectOpsPerSec / baselineOpsPerSec;
      results.push({
        name: `PostgreSQL event store append (1 event per append, durable cluster), ${clients} concurrent client${clients > 1 ? 's' : ''}`,
        unit: 'ops/s',
        baseline: { label: 'raw pg loop: BEGIN; read the version; INSERT; COMMIT', value: baselineOpsPerSec },
        subject: { label: 'PostgresEventStore.appendToStream', value: subjectOpsPerSec },
        ratio,
        // The target is at 16 clients, where group commit pays; one client is measured only.
        ...(clients >= 16 ? { target: `ratio >= ${TARGET_RATIO}`, meetsTarget: ratio >= TARGET_RATIO } : {}),
        extra: {
          events: perRound * rounds,
          rounds,
          medianPairedRoundRatio: median(subject.seconds.map((seconds, round) => baseline.seconds[round]! / seconds)),
        },
      });
    }
  } finally {
    await cluster.stop();
  }
  return results;
}
