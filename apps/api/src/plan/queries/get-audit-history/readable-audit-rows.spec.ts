import { describe, expect, it } from '@jest/globals';
import type { AuditRow, DocumentPage, DocumentQuery, ReadModelStore } from '@samverkan/read-models';
import { ReadableAuditRows } from './readable-audit-rows.js';
import { agreementStreamId, focusAreaStreamId } from '@samverkan/shared-kernel';

const AGREEMENT = 'lomma-2024-2027';
const FOCUS_AREA = 'lomma-bjarred-centrum';

/** An audit row as the projection makes it, with only what naming and reading look at filled in. */
const row = (position: number, eventType: string, data: Record<string, unknown>, focusAreaId: string | null = FOCUS_AREA): AuditRow => ({
  position: String(position),
  occurredAt: new Date(Date.UTC(2024, 0, 1, 0, position)).toISOString(),
  streamId: focusAreaId ? focusAreaStreamId(focusAreaId) : agreementStreamId(AGREEMENT),
  revision: position,
  eventType,
  agreementId: AGREEMENT,
  focusAreaId,
  actorId: 'lomma.samordnare',
  actorRole: 'coordinator',
  onBehalfOfPartyId: null,
  partyId: null,
  meeting: null,
  grounds: null,
  proposalId: null,
  summary: eventType,
  correlationId: 'c',
  causationId: null,
  machineVersion: null,
  schemaVersion: 1,
  data,
});

/** The read store's find over a list, with the filters the name lookup uses; it counts full reads. */
const storeOf = (rows: AuditRow[]) => {
  const reads: DocumentQuery[] = [];
  const counts: DocumentQuery[] = [];
  const store: Pick<ReadModelStore, 'find'> = {
    find: async <T>(_projection: string, query: DocumentQuery): Promise<DocumentPage<T>> => {
      const matching = rows.filter(
        (r) =>
          (query.agreementId === undefined || r.agreementId === query.agreementId) &&
          (query.focusAreaId === undefined || r.focusAreaId === query.focusAreaId) &&
          (query.kinds === undefined || query.kinds.includes(r.eventType)),
      );
      (query.limit === 0 ? counts : reads).push(query);
      const items = matching
        .slice(0, query.limit ?? matching.length)
        .map((r) => ({ id: r.position, doc: r as T, index: {}, position: r.position, changedAt: null }));
      return { items, total: matching.length };
    },
  };
  return { store, reads, counts };
};

const registered = row(
  1,
  'AgreementRegistered',
  { name: 'Lomma', period: { from: '2024-01-01', to: '2027-12-31' }, parties: [{ partyId: 'lomma-kommun', name: 'Lomma kommun' }] },
  null,
);
const planned = row(2, 'MeasurePlanned', { measureId: 'measure-1', activity: 'Föräldravandringar' });
const followedUp = row(3, 'MeasureStatusReported', { measureId: 'measure-1', status: 'green' });
const measureName = (readable: { references: readonly { id: string; name: string | null }[] }) =>
  readable.references.find((r) => r.id === 'measure-1')?.name;

describe('ReadableAuditRows', () => {
  it('names what a row refers to by id from the rows that named it', async () => {
    const { store } = storeOf([registered, planned, followedUp]);
    const [readable] = await new ReadableAuditRows(store).of(AGREEMENT, [followedUp]);
    expect(measureName(readable!)).toBe('Föräldravandringar');
  });

  it('reads the naming rows once for a book it has not kept, without counting them first', async () => {
    const { store, reads, counts } = storeOf([registered, planned, followedUp]);
    await new ReadableAuditRows(store).of(AGREEMENT, [followedUp]);
    expect(counts).toEqual([]);
    expect(reads.length).toBeGreaterThan(0);
  });

  describe('when the naming rows are unchanged since the last page', () => {
    it('reuses the name book instead of reading them again', async () => {
      const { store, reads } = storeOf([registered, planned, followedUp]);
      const readable = new ReadableAuditRows(store);
      await readable.of(AGREEMENT, [followedUp]);
      const readsAfterFirst = reads.length;
      const [again] = await readable.of(AGREEMENT, [followedUp]);
      expect(reads.length).toBe(readsAfterFirst);
      expect(measureName(again!)).toBe('Föräldravandringar');
    });
  });

  describe('when a naming row was added since', () => {
    it('reads them again, so the new name is known', async () => {
      const rows = [registered, planned, followedUp];
      const { store } = storeOf(rows);
      const readable = new ReadableAuditRows(store);
      await readable.of(AGREEMENT, [followedUp]);
      const second = row(4, 'MeasurePlanned', { measureId: 'measure-2', activity: 'Trygghetsvandring' });
      const secondFollowedUp = row(5, 'MeasureStatusReported', { measureId: 'measure-2', status: 'yellow' });
      rows.push(second, secondFollowedUp);
      const [read] = await readable.of(AGREEMENT, [secondFollowedUp]);
      expect(read!.references.find((r) => r.id === 'measure-2')?.name).toBe('Trygghetsvandring');
    });
  });

  it('keeps at most its capacity of books, the least recently used dropped first', async () => {
    const { store, reads } = storeOf([registered, planned, followedUp]);
    const readable = new ReadableAuditRows(store, 1);
    await readable.of(AGREEMENT, [followedUp]); // one focus area: its own naming query
    await readable.of(AGREEMENT, [registered]); // agreement-wide: another query, pushes the first out
    const before = reads.length;
    await readable.of(AGREEMENT, [followedUp]);
    expect(reads.length).toBeGreaterThan(before);
  });
});
