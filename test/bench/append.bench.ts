import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { EventToAppend } from '@samverkan/event-store';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import type { BenchResult } from './bench-result.js';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import { median } from './stats.js';

export interface AppendBenchResult extends BenchResult {
  readonly baselineOpsPerSec: number;
  readonly subjectOpsPerSec: number;
}

const STREAMS = 16;
const WARM_UP = 200;
const TARGET_RATIO = 0.8;

/** Shaped like the store's table, with its indexes, so the baseline writes the same bytes. */
const BASELINE_TABLE = `CREATE TABLE events (
  position INTEGER PRIMARY KEY AUTOINCREMENT, stream_id TEXT NOT NULL, revision INTEGER NOT NULL,
  event_id TEXT NOT NULL UNIQUE, type TEXT NOT NULL, schema_version INTEGER NOT NULL, data TEXT NOT NULL,
  metadata TEXT NOT NULL, prev_hash TEXT NOT NULL, hash TEXT NOT NULL, UNIQUE (stream_id, revision))`;

type Appender = (streamId: string, revision: number, event: EventToAppend) => void | Promise<unknown>;

/** An event shaped like the application's, for every append benchmark. */
export function anAppendedEvent(n: number): EventToAppend {
  return {
    eventId: randomUUID(),
    type: 'FocusAreaStepAdvanced',
    schemaVersion: 1,
    data: { focusAreaId: `focus-area-${n % STREAMS}`, step: n, note: 'Trygghetsvandring genomförd i centrum' },
    metadata: {
      actorId: 'user-42',
      actorRole: 'coordinator',
      onBehalfOfPartyId: 'party-police',
      occurredAt: '2025-03-01T09:00:00.000Z',
      correlationId: randomUUID(),
    },
  };
}

/** The same durability as the store's default: WAL, fsync on every commit. */
function rawInsertLoop(filename: string): { append: Appender; close: () => void } {
  const db = new Database(filename);
  db.pragma('busy_timeout = 5000');
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(BASELINE_TABLE);
  const insert = db.prepare(
    `INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata, prev_hash, hash)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  );
  const hash = 'a'.repeat(64); // the same width as a real hash
  const appendOne = db.transaction((streamId: string, revision: number, event: EventToAppend) =>
    insert.run(streamId, revision, event.eventId, event.type, event.schemaVersion, JSON.stringify(event.data), JSON.stringify(event.metadata), hash, hash),
  );
  return { append: (streamId, revision, event) => void appendOne.immediate(streamId, revision, event), close: () => db.close() };
}

function storeAppender(store: SqliteEventStore): Appender {
  return (streamId, revision, event) => store.appendToStream(streamId, [event], { expectedRevision: revision === 0 ? 'no_stream' : revision - 1 });
}

/** Appends `count` events round-robin over the streams; returns the seconds it took. */
async function timeRun(append: Appender, revisions: number[], count: number): Promise<number> {
  const batch = Array.from({ length: count }, (_, n) => anAppendedEvent(n)); // made before the clock starts
  const started = performance.now();
  for (let n = 0; n < count; n += 1) {
    const stream = n % STREAMS;
    const revision = revisions[stream]!;
    await append(focusAreaStreamId(String(stream)), revision, batch[n]!);
    revisions[stream] = revision + 1;
  }
  return (performance.now() - started) / 1000;
}

/**
 * SqliteEventStore (one event per append, with its expected revision, default durability) against
 * a raw better-sqlite3 loop with the same durability, on fresh files in the same run. Rounds
 * alternate which goes first, so disk caches and CPU boost favour neither.
 * Run it with `node --import tsx` (the `test/` folder is not part of `npm run build`).
 */
export async function benchAppend(opts: { events: number; eventsPerRound?: number }): Promise<AppendBenchResult> {
  // Short rounds pair each side with the other under the same disk weather: an fsync stall from a
  // neighbour lands on both sides of the comparison rather than on one long run.
  const perRound = Math.max(1, Math.min(opts.eventsPerRound ?? 100, Math.floor(opts.events / 2)));
  const rounds = Math.max(2, Math.round(opts.events / perRound));
  const dir = mkdtempSync(join(tmpdir(), 'samverkan-bench-append-'));
  const store = new SqliteEventStore({ filename: join(dir, 'subject.sqlite') });
  const raw = rawInsertLoop(join(dir, 'baseline.sqlite'));
  const sides = {
    subject: { append: storeAppender(store), revisions: new Array<number>(STREAMS).fill(0), seconds: [] as number[] },
    baseline: { append: raw.append, revisions: new Array<number>(STREAMS).fill(0), seconds: [] as number[] },
  };
  try {
    for (const side of [sides.subject, sides.baseline]) await timeRun(side.append, side.revisions, WARM_UP);
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? [sides.subject, sides.baseline] : [sides.baseline, sides.subject];
      for (const side of order) side.seconds.push(await timeRun(side.append, side.revisions, perRound));
    }
  } finally {
    await store.close();
    raw.close();
    rmSync(dir, { recursive: true, force: true });
  }
  // Medians, because on a shared machine a neighbour's fsync can stall one round tenfold.
  const subjectOpsPerSec = perRound / median(sides.subject.seconds);
  const baselineOpsPerSec = perRound / median(sides.baseline.seconds);
  const ratio = subjectOpsPerSec / baselineOpsPerSec;
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const pairedRatios = sides.subject.seconds.map((seconds, round) => sides.baseline.seconds[round]! / seconds);
  return {
    name: 'event store append (1 event per append, synchronous=FULL)',
    unit: 'ops/s',
    baseline: { label: 'raw better-sqlite3 insert loop', value: baselineOpsPerSec },
    subject: { label: 'SqliteEventStore.appendToStream', value: subjectOpsPerSec },
    ratio,
    target: `ratio >= ${TARGET_RATIO}`,
    meetsTarget: ratio >= TARGET_RATIO,
    baselineOpsPerSec,
    subjectOpsPerSec,
    extra: {
      events: perRound * rounds,
      rounds,
      eventsPerRound: perRound,
      ratioOfTotals: sum(sides.baseline.seconds) / sum(sides.subject.seconds),
      medianPairedRoundRatio: median(pairedRatios),
    },
  };
}
