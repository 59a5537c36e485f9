import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { foldAgreement, toAgreementFacts, type AgreementEvent } from '@samverkan/agreements';
import { foldFocusArea } from '@samverkan/cycle';
import { generateStore, type GeneratedStore } from './generate-store.js';
import { agreementStreamId, focusAreaIdOfStream } from '@samverkan/shared-kernel';

interface Row {
  position: number;
  stream_id: string;
  revision: number;
  event_id: string;
  type: string;
  schema_version: number;
  data: string;
  metadata: string;
}

const EVENTS = 2000;

const readLog = (filename: string): Row[] => {
  const db = new Database(filename, { readonly: true });
  try {
    return db.prepare<[], Row>('SELECT position, stream_id, revision, event_id, type, schema_version, data, metadata FROM events ORDER BY position').all();
  } finally {
    db.close();
  }
};

describe('generateStore (the benchmark stores)', () => {
  let dir: string;
  let generated: GeneratedStore;
  let log: Row[];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-generate-store-'));
    generated = await generateStore(join(dir, 'a.sqlite'), { events: EVENTS, seed: 7 });
    log = readLog(join(dir, 'a.sqlite'));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes exactly the number of events asked for, over several agreements', () => {
    expect(generated.events).toBe(EVENTS);
    expect(log).toHaveLength(EVENTS);
    expect(generated.agreements.length).toBeGreaterThanOrEqual(2);
    expect(generated.focusAreas).toBeGreaterThan(10);
    expect(new Set(log.map((r) => r.event_id)).size).toBe(EVENTS);
  });

  it('dates the events in global order: occurredAt never decreases', () => {
    const times = log.map((r) => (JSON.parse(r.metadata) as { occurredAt: string }).occurredAt);
    times.forEach((t, i) => {
      if (i > 0) expect(t >= times[i - 1]!).toBe(true);
    });
    expect(times[0]).toBe(generated.from);
    expect(times.at(-1)).toBe(generated.to);
  });

  it('writes a log that replays: every focus-area stream folds through the machine', () => {
    const agreementEvents = new Map<string, AgreementEvent[]>();
    const focusAreaEvents = new Map<string, Row[]>();
    for (const row of log) {
      if (row.stream_id.startsWith('agreement-')) {
        const list = agreementEvents.get(row.stream_id) ?? [];
        list.push({ type: row.type, schemaVersion: row.schema_version, data: JSON.parse(row.data) } as AgreementEvent);
        agreementEvents.set(row.stream_id, list);
      } else {
        expect(row.stream_id.startsWith('focus-area-')).toBe(true);
        focusAreaEvents.set(row.stream_id, [...(focusAreaEvents.get(row.stream_id) ?? []), row]);
      }
    }
    const steps = new Set<string>();
    for (const [streamId, rows] of focusAreaEvents) {
      rows.forEach((row, i) => expect(row.revision).toBe(i));
      const { agreementId } = JSON.parse(rows[0]!.data) as { agreementId: string };
      const facts = toAgreementFacts(foldAgreement(agreementEvents.get(agreementStreamId(agreementId))!));
      const stored = rows.map((row) => ({
        type: row.type,
        schemaVersion: row.schema_version,
        data: JSON.parse(row.data) as unknown,
        metadata: JSON.parse(row.metadata) as { occurredAt: string },
      }));
      const state = foldFocusArea(facts, stored);
      expect(state.context.focusAreaId).toBe(focusAreaIdOfStream(streamId));
      steps.add(state.step);
    }
    // A realistic spread: focus areas in several steps of the cycle at the end of the log.
    expect(steps.size).toBeGreaterThanOrEqual(3);
  });

  it('is a pure function of the seed: the same seed gives the same events', async () => {
    const again = await generateStore(join(dir, 'b.sqlite'), { events: EVENTS, seed: 7 });
    expect(again).toEqual(generated);
    const other = readLog(join(dir, 'b.sqlite'));
    expect(other).toEqual(log);
  });

  it('reuses a store already made for the same events and seed, and remakes it for another seed', async () => {
    const cached = await generateStore(join(dir, 'a.sqlite'), { events: EVENTS, seed: 7 });
    expect(cached).toEqual(generated);
    const reseeded = await generateStore(join(dir, 'a.sqlite'), { events: EVENTS, seed: 8 });
    expect(reseeded.events).toBe(EVENTS);
    expect(readLog(join(dir, 'a.sqlite'))).not.toEqual(log);
  });
});
