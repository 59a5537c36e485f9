import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { openEventStore } from '@samverkan/event-store/open';
import type { StoredEvent } from '@samverkan/event-store';
import { MOVE_EVENT } from '@samverkan/cycle';
import { focusAreaStreamId } from '@samverkan/shared-kernel';
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { type Cluster, type ClusterInstance, clusterStores, startCluster } from '../support/cluster.js';
import { registration } from '../support/given-agreement.js';
import { HttpClient } from '../support/http-client.js';
import { COORDINATOR, LOMMA, MUNICIPALITY_COUNCIL, POLICE_COUNCIL, POLICE_SUBSTITUTE } from '../support/lomma-focus-area.js';
import { DEMO_PASSWORD } from '../support/test-app.js';

/**
 * Three API instances share one log behind nginx (README "Running on several machines"); each
 * keeps its own read models. Any instance answers any request, none is special, any can die.
 */
describe('several instances behind a load balancer, one log', () => {
  let cluster: Cluster;

  const as = async (username: string, baseUrl = cluster.apiUrl) => {
    const client = new HttpClient(baseUrl);
    await client.signIn(username, DEMO_PASSWORD);
    return client;
  };
  const readLog = async (): Promise<StoredEvent[]> => {
    const store = await openEventStore(cluster.stores.eventStoreUrl);
    try {
      return await store.readAll();
    } finally {
      await store.close();
    }
  };
  const chainVerifies = async () => {
    const store = await openEventStore(cluster.stores.eventStoreUrl);
    try {
      return (await store.verify()).ok;
    } finally {
      await store.close();
    }
  };

  beforeAll(async () => {
    // The instances run what `npm start` runs: build it from this checkout, never a stale build.
    execFileSync('npm', ['run', 'build:api'], { stdio: 'ignore' });
    cluster = await startCluster({ instances: 3, stores: await clusterStores() });
  }, 180_000);
  afterAll(() => cluster?.stop(), 60_000);

  it('loads the demo data once, though three instances started on the empty log at once', async () => {
    const log = await readLog();
    const registered = log.filter((e) => e.type === 'AgreementRegistered').map((e) => (e.data as { agreementId: string }).agreementId);
    expect(registered.sort()).toEqual(['kavlinge', LOMMA, 'vellinge-2023-2026'].sort());
    expect(registered).toHaveLength(readdirSync('config/agreements').filter((f) => f.endsWith('.json')).length);
    // A second load would repeat facts: every stored fact is there once.
    const facts = log.map((e) => `${e.streamId} ${e.type} ${JSON.stringify(e.data)}`);
    expect(new Set(facts).size).toBe(facts.length);
  });

  it('makes exactly one transition from 64 concurrent approvals spread over the instances; the rest are refused whole', async () => {
    const focusAreaId = 'lomma-alkohol-och-tobakstillsyn';
    const path = `/focus-areas/${focusAreaId}`;
    const coordinator = await as(COORDINATOR);
    const proposed = await coordinator.post(`${path}/proposals`, { transition: 'prioritise', grounds: 'Lägesbilden 2025.' });
    expect(proposed.status).toBe(201);
    const approvals = `${path}/proposals/${proposed.body.proposalId}/approvals`;
    const deciders = await Promise.all([MUNICIPALITY_COUNCIL, POLICE_COUNCIL, POLICE_SUBSTITUTE].map((u) => as(u)));
    const clients = Array.from({ length: 64 }, (_, i) => (i % 2 === 0 ? deciders[0]! : deciders[1 + ((i >> 1) % 2)]!));

    // Each client decides once, as a person would: a 409 says nothing was written, so it tries
    // again on the fresh state, until it is accepted (200) or refused by a rule (422).
    const conflicts: number[] = [];
    const upstreams = new Set<string>();
    const answers = await Promise.all(
      clients.map(async (client) => {
        for (;;) {
          const res = await client.post(approvals, {});
          for (const u of (res.headers.get('x-upstream') ?? '').split(', ')) upstreams.add(u);
          if (res.status !== 409) return { status: res.status, rule: res.body?.rule as string | undefined };
          conflicts.push(409);
        }
      }),
    );

    expect(upstreams.size).toBe(3);
    // One approval per party (the kommun's, then the police's by a representative or the substitute).
    expect(answers.filter((a) => a.status === 200)).toHaveLength(2);
    // Every other one: the party had decided, or the proposal was carried out and no longer pending.
    const refusals = answers.filter((a) => a.status !== 200);
    expect(refusals).toHaveLength(62);
    for (const refusal of refusals) expect(refusal).toEqual({ status: 422, rule: expect.stringMatching(/^(PartyMayDecideOnce|ProposalMustBePending)$/) });

    const stream = (await readLog()).filter((e) => e.streamId === focusAreaStreamId(focusAreaId));
    const after = stream.slice(stream.findIndex((e) => e.type === 'TransitionProposed'));
    expect(after.map((e) => e.type)).toEqual(['TransitionProposed', 'TransitionApproved', 'TransitionApproved', MOVE_EVENT.prioritise]);
    expect(stream.filter((e) => Object.values(MOVE_EVENT).includes(e.type as never))).toHaveLength(1);
    expect(stream.map((e) => e.revision)).toEqual(stream.map((_, i) => i));
    expect(await chainVerifies()).toBe(true);
    process.stdout.write(`64 concurrent approvals: ${conflicts.length} answered 409 on the way and were retried\n`);
  }, 60_000);

  it('loses no acknowledged command when an instance is SIGKILLed under a 16-client load, and the others keep serving', async () => {
    const admin = await as('admin');
    const victim = cluster.instances[1]!;
    let killedAt = Number.POSITIVE_INFINITY;
    let acknowledgedAfterKill = 0;
    const sent: { agreementId: string; status: number; sentAt: number }[] = [];
    const client = async (worker: number) => {
      for (let i = 0; acknowledgedAfterKill < 100; i++) {
        const agreementId = `kluster-${worker}-${i}`;
        const sentAt = performance.now();
        const res = await admin.post('/agreements', registration(agreementId)).catch(() => ({ status: 0 }));
        sent.push({ agreementId, status: res.status, sentAt });
        if (res.status === 201 && sentAt > killedAt) acknowledgedAfterKill++;
      }
    };
    const kill = async () => {
      while (sent.filter((s) => s.status === 201).length < 60) await new Promise((resume) => setTimeout(resume, 10));
      await cluster.kill(victim);
      killedAt = performance.now();
    };
    await Promise.all([kill(), ...Array.from({ length: 16 }, (_, w) => client(w))]);

    const acknowledged = sent.filter((s) => s.status === 201).map((s) => s.agreementId);
    const registered = new Set(
      (await readLog()).filter((e) => e.type === 'AgreementRegistered').map((e) => (e.data as { agreementId: string }).agreementId),
    );
    expect(acknowledged.filter((id) => !registered.has(id))).toEqual([]);
    // Only a command that reached the dying instance can fail: 502 from the balancer, which never
    // resends a POST (it may have been written), so the client knows it is unanswered, not refused.
    const failed = sent.filter((s) => s.status !== 201);
    expect(failed.every((s) => s.status === 502 && s.sentAt < killedAt)).toBe(true);
    // Everything sent after the instance was gone was served by the others.
    expect(sent.filter((s) => s.sentAt > killedAt).every((s) => s.status === 201)).toBe(true);
    expect(await chainVerifies()).toBe(true);
    process.stdout.write(`SIGKILL under load: ${acknowledged.length} acknowledged, ${failed.length} answered 502 by the balancer\n`);
  }, 120_000);

  it('serves the same board from a fourth instance started later on an empty DATA_DIR', async () => {
    const fourth = await cluster.startInstance();
    const log = await readLog();
    const minPosition = log[log.length - 1]!.position;
    const live = cluster.instances.filter((i) => i.child.exitCode === null && i.child.signalCode === null);
    expect(live.map((i) => i.name)).toEqual(['instance-1', 'instance-3', 'instance-4']);
    const boardOf = async (instance: ClusterInstance) => {
      const coordinator = await as(COORDINATOR, instance.apiUrl);
      const res = await coordinator.get(`/agreements/${LOMMA}/board?today=2025-06-01&minPosition=${minPosition}`);
      expect(res.status).toBe(200);
      return res.body;
    };
    const boards = await Promise.all(live.map(boardOf));
    expect(boards[2]).toEqual(boards[0]);
    expect(boards[1]).toEqual(boards[0]);
    // It includes what the others decided while it did not exist: the prioritisation of the 64 approvals.
    const rows = boards[2].focusAreas as { focusAreaId: string; step: string }[];
    expect(rows.find((r) => r.focusAreaId === 'lomma-alkohol-och-tobakstillsyn')?.step).toBe('mapping');
    expect(fourth.output()).not.toMatch(/"level":(50|60)/);
  }, 120_000);
});
