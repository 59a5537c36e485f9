import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { parseAgreementSeed, seedAgreementEvents, seedCommands, toAgreementFacts } from '@samverkan/agreements';
import { decideFocusArea, foldFocusArea, initialFocusAreaState } from '@samverkan/cycle';
import { type DomainEvent, agreementStreamId, focusAreaStreamId } from '@samverkan/shared-kernel';
import { openEventStore } from '@samverkan/event-store/open';

const metadata = { actorId: 'bench', actorRole: 'coordinator' as const, occurredAt: '2025-01-01T00:00:00.000Z', correlationId: 'bench' };
const toAppend = (events: readonly DomainEvent[]) =>
  events.map((e) => ({ eventId: randomUUID(), type: e.type, schemaVersion: e.schemaVersion, data: e.data, metadata }));

/**
 * Writes Lomma's agreement and `count` focus areas, each with a pending prioritisation proposal,
 * straight into the store (through the real deciders), so every benchmark request approves a fresh one.
 * The store is DATA_DIR's embedded one, or the one `storeUrl` names (a log several instances share).
 */
export const prepareProposals = async (
  dataDir: string,
  count: number,
  storeUrl = `sqlite:${join(dataDir, 'events.sqlite')}`,
): Promise<{ agreementId: string; focusAreaIds: string[] }> => {
  const store = await openEventStore(storeUrl, { durability: 'fast-may-lose-recent-commits-on-power-loss' });
  const seed = parseAgreementSeed(JSON.parse(readFileSync('config/agreements/lomma-2023-2027.json', 'utf8')));
  const commands = seedCommands(seed);
  const { register } = commands;
  const { events: agreementEvents, state: agreement } = seedAgreementEvents(commands);
  const agreementId = register.data.agreementId;
  await store.appendToStream(agreementStreamId(agreementId), toAppend(agreementEvents), { expectedRevision: 'no_stream' });
  const facts = toAgreementFacts(agreement);
  const focusAreaIds: string[] = [];
  for (let i = 0; i < count; i++) {
    const focusAreaId = `bench-${i}`;
    const proposed = decideFocusArea(
      { type: 'ProposeFocusArea', data: { focusAreaId, agreementId, title: `Fokusområde ${i}`, description: 'Benchmark', childrenAndYoungPeople: false } },
      initialFocusAreaState(facts),
    );
    const transition = decideFocusArea(
      { type: 'ProposeTransition', data: { proposalId: `p-${i}`, transition: 'prioritise', grounds: 'Lägesbilden' } },
      foldFocusArea(facts, proposed),
    );
    await store.appendToStream(focusAreaStreamId(focusAreaId), toAppend([...proposed, ...transition]), { expectedRevision: 'no_stream' });
    focusAreaIds.push(focusAreaId);
  }
  await store.close();
  return { agreementId, focusAreaIds };
};
