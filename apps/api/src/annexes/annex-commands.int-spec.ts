import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { WrongExpectedRevisionError } from '@samverkan/event-store';
import { SqliteEventStore } from '@samverkan/event-store/sqlite';
import { annexStreamId } from '@samverkan/shared-kernel';
import type { LoadedAgreement } from '../agreements/agreement.repository.js';
import type { RequestContext } from '../common/request-context.js';
import type { Actor } from '../identity/actor.js';
import { Clock, type IdGenerator } from '../infrastructure/clock.js';
import { EventAppender } from '../infrastructure/event-appender.js';
import { AnnexCommands } from './annex-commands.service.js';
import { AnnexRepository } from './annex.repository.js';

const agreement = {
  agreementId: 'lomma-2023-2027',
  revision: 0,
  state: {
    status: 'registered',
    parties: [
      { partyId: 'lomma-kommun', kind: 'municipality' },
      { partyId: 'lpo-kavlinge', kind: 'localPoliceArea' },
    ],
  },
} as unknown as LoadedAgreement;
const request = { actor: { userId: 'lomma.samordnare', signIn: { method: 'password' } } as Actor, correlationId: 'c' } as RequestContext;
const coordinator = { role: 'coordinator' as const, partyId: 'lomma-kommun' };
const draft = (text: string) => ({ type: 'DraftAnnexVersion' as const, data: { text, files: [] } });

/** Two coordinators drafting at once on the real store: the second decided on what it no longer sees, so the store refuses it whole. */
describe('annex commands on a real store', () => {
  let dir: string;
  let store: SqliteEventStore;
  let commands: AnnexCommands;
  let annexes: AnnexRepository;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'samverkan-annex-'));
    store = new SqliteEventStore({ filename: join(dir, 'events.sqlite') });
    let n = 0;
    annexes = new AnnexRepository(store);
    commands = new AnnexCommands(annexes, new EventAppender(store, { newId: () => `event-${++n}` } as IdGenerator), new Clock());
    const created = {
      type: 'CreateAnnex' as const,
      data: { annexId: 'a', agreementId: 'lomma-2023-2027', kind: 'situationPicture' as const, title: 'Lägesbild' },
    };
    await commands.decideAndAppend(agreement, await annexes.load('a'), created, request, coordinator);
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('appends at the revision it decided on', async () => {
    const outcome = await commands.decideAndAppend(agreement, await commands.loadOf(agreement, 'a'), draft('Version 1'), request, coordinator);
    expect(outcome).toMatchObject({ annexId: 'a', revision: 1 });
    expect((await store.readStream(annexStreamId('a'))).map((e) => e.type)).toEqual(['AnnexCreated', 'AnnexVersionDrafted']);
  });

  it('refuses a write decided on a revision another writer has passed, and writes nothing of it (409 at the edge)', async () => {
    const seenByBoth = await commands.loadOf(agreement, 'a');
    await commands.decideAndAppend(agreement, seenByBoth, draft('Den första'), request, coordinator);
    await expect(commands.decideAndAppend(agreement, seenByBoth, draft('Den andra'), request, coordinator)).rejects.toBeInstanceOf(
      WrongExpectedRevisionError,
    );
    const stored = await store.readStream(annexStreamId('a'));
    expect(stored.map((e) => (e.data as { text?: string }).text ?? e.type)).toEqual(['AnnexCreated', 'Den första']);
  });

  it('answers 404 for an annex of another agreement', async () => {
    await expect(commands.loadOf({ ...agreement, agreementId: 'vellinge-2023-2026' } as LoadedAgreement, 'a')).rejects.toMatchObject({
      problem: { status: 404 },
    });
  });
});
