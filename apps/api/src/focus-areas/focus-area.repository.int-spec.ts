import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { agreementAmended, amendmentApproved, amendmentProposed, lommaRegistered } from '../../../../libs/agreements/src/testing/fixtures.js';
import { ev, decided } from '../../../../libs/cycle/src/testing/focus-area.fixtures.js';
import { focusAreaEvent, toFocusAreaView } from '@samverkan/cycle';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { SchemaVersionNotReadableError, type UpcasterRegistry, agreementStreamId, focusAreaStreamId } from '@samverkan/shared-kernel';
import { AgreementAccess } from '../agreements/agreement-access.js';
import { AgreementRepository } from '../agreements/agreement.repository.js';
import type { Actor } from '../identity/actor.js';
import { FocusAreaRepository } from './focus-area.repository.js';
import { FixedClock } from '../../../../test/support/deterministic.js';

const admin: Actor = { userId: 'admin', displayName: 'Administratör', administrator: true, signIn: { method: 'password' } };
const metadata = {
  actorId: 'lomma.samordnare',
  actorRole: 'coordinator' as const,
  occurredAt: '2024-01-10T09:00:00.000Z',
  correlationId: 'c',
  machineVersion: '1.0.0',
};

/** Version 1 of FocusAreaProposed, as an older deployment might have stored it: a `name`, no children flag. */
const proposedV1 = (schemaVersion: number) => ({
  eventId: `e-${schemaVersion}`,
  type: 'FocusAreaProposed',
  schemaVersion,
  data: { focusAreaId: 'fa-1', agreementId: 'lomma-2023-2027', name: 'Otrygghet vid Lomma centrum', description: 'Skadegörelse kvällstid.' },
  metadata,
});

/** A test deployment that reads FocusAreaProposed at version 2: `name` became `title`, children are always in focus. */
const upcasters: UpcasterRegistry = {
  current: { FocusAreaProposed: 2 },
  upcasters: {
    FocusAreaProposed: {
      1: (data) => {
        const { name, ...rest } = data as { name: string };
        return { ...rest, title: name, childrenAndYoungPeople: true };
      },
    },
  },
};

describe('focus area repository', () => {
  let dataDir: string;
  let store: SqliteEventStore;
  const clock = new FixedClock('2025-03-01T10:00:00.000Z');
  const repository = (options = { upcasters }) => new FocusAreaRepository(store, new AgreementAccess(new AgreementRepository(store)), clock, options);
  const storeProposal = async (schemaVersion: number) => {
    const { type, schemaVersion: agreementVersion, data } = lommaRegistered();
    await store.appendToStream(agreementStreamId('lomma-2023-2027'), [{ eventId: 'a-1', type, schemaVersion: agreementVersion, data, metadata }], {
      expectedRevision: 'no_stream',
    });
    await store.appendToStream(focusAreaStreamId('fa-1'), [proposedV1(schemaVersion)], { expectedRevision: 'no_stream' });
  };

  beforeEach(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'samverkan-upcast-'));
    store = new SqliteEventStore({ filename: join(dataDir, 'events.sqlite') });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  describe('given a version-1 event and an upcaster to version 2', () => {
    it('loads the focus area in the version-2 shape', async () => {
      await storeProposal(1);
      const loaded = await repository().loadVisible('fa-1', admin);
      const view = toFocusAreaView(loaded.state);
      expect(view).toMatchObject({ step: 'proposed', title: 'Otrygghet vid Lomma centrum', childrenAndYoungPeople: true });
      expect(loaded.revision).toBe(0);
    });
  });

  describe('given a focus area recorded before an amendment that added a party', () => {
    const parties = ['lomma-kommun', 'lpo-kavlinge'];
    const stored = (events: readonly { type: string; schemaVersion: number; data: unknown }[], prefix: string) =>
      events.map(({ type, schemaVersion, data }, i) => ({ eventId: `${prefix}-${i}`, type, schemaVersion, data, metadata }));
    const storeAmendedAgreement = async () => {
      const agreement = [lommaRegistered(), amendmentProposed(), amendmentApproved(parties[0]!), amendmentApproved(parties[1]!), agreementAmended()];
      await store.appendToStream(agreementStreamId('lomma-2023-2027'), stored(agreement, 'a'), { expectedRevision: 'no_stream' });
      const focusArea = [
        ev.proposed(),
        ...decided('p-prioritise', 'prioritise', 'proposed', 'mapping', parties),
        focusAreaEvent('TransitionProposed', { proposalId: 'p-analysis', transition: 'advance', from: 'mapping', to: 'analysis', grounds: 'Klart' }),
        focusAreaEvent('TransitionApproved', { proposalId: 'p-analysis', partyId: parties[1]! }),
      ];
      await store.appendToStream(focusAreaStreamId('fa-1'), stored(focusArea, 'f'), { expectedRevision: 'no_stream' });
    };
    const loadOn = (instant: string) =>
      new FocusAreaRepository(store, new AgreementAccess(new AgreementRepository(store)), new FixedClock(instant)).loadVisible('fa-1', admin);

    it('loads unchanged after it, with the step and the approvals it had', async () => {
      await storeAmendedAgreement();
      const loaded = await loadOn('2025-07-01T10:00:00.000Z');
      expect(toFocusAreaView(loaded.state)).toMatchObject({
        step: 'mapping',
        pendingProposal: { proposalId: 'p-analysis', approvedBy: ['lpo-kavlinge'] },
      });
      expect(loaded.revision).toBe(6);
    });

    it('judges new commands with the parties in force on the command’s day', async () => {
      await storeAmendedAgreement();
      expect((await loadOn('2025-05-31T10:00:00.000Z')).facts.partyIds).toEqual(parties);
      expect((await loadOn('2025-06-01T10:00:00.000Z')).facts.partyIds).toEqual([...parties, 'raddningstjansten']);
    });
  });

  describe('given an event in a schema version no upcaster reaches', () => {
    it('refuses to load it, naming the event type and the version (a deployment error, not a rule)', async () => {
      await storeProposal(3);
      const load = repository().loadVisible('fa-1', admin);
      await expect(load).rejects.toThrow(SchemaVersionNotReadableError);
      await expect(repository().loadVisible('fa-1', admin)).rejects.toThrow(/FocusAreaProposed has schema version 3/);
    });

    it('refuses a version-2 event where the deployment has no upcasters at all', async () => {
      await storeProposal(2);
      await expect(repository({ upcasters: { current: {}, upcasters: {} } }).loadVisible('fa-1', admin)).rejects.toThrow(
        /FocusAreaProposed has schema version 2, and this deployment reads version 1/,
      );
    });
  });
});
