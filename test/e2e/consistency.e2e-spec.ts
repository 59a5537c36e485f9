import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { HttpClient } from '../support/http-client.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

interface Where {
  readonly step: string;
  readonly cycle: number;
  readonly revision: number;
}

type Row = Where & { readonly focusAreaId: string };

/** One focus area as each route tells it. */
interface Told {
  readonly agreements: Where;
  readonly agreement: Where;
  readonly board: Where;
  readonly focusArea: Where;
}

const LOMMA = 'lomma-2023-2027';
const where = ({ step, cycle, revision }: Where): Where => ({ step, cycle, revision });

/**
 * One fact, one home: a focus area's step, cycle and revision read the same whether it is asked
 * of the agreement list, the agreement, the plan board or the focus area itself (whose ETag is its
 * revision). Checked for every focus area of the demo data, and again after a prioritisation by
 * consensus, an advance and a new proposal. Every read after a command names its position.
 */
describe('the same focus area on every route', () => {
  let t: TestApp;
  let admin: HttpClient;
  let coordinator: HttpClient;
  let municipalityCouncil: HttpClient;
  let policeCouncil: HttpClient;
  let last = '0';

  const track = <T extends { status: number; body: { position?: string } }>(res: T): T => {
    expect(res.status).toBeLessThan(300);
    if (res.body.position) last = res.body.position;
    return res;
  };

  /** What every route says of every focus area of one agreement, read at the last position written. */
  const toldIn = async (agreementId: string): Promise<Map<string, Told>> => {
    const at = `minPosition=${last}`;
    const [list, detail, board] = await Promise.all([
      admin.get(`/agreements?${at}`),
      admin.get(`/agreements/${agreementId}?${at}`),
      admin.get(`/agreements/${agreementId}/board?${at}`),
    ]);
    expect([list.status, detail.status, board.status]).toEqual([200, 200, 200]);
    const listed: Row[] = list.body.find((a: { agreementId: string }) => a.agreementId === agreementId).focusAreas;
    const byId = (rows: readonly Row[], id: string): Row => rows.find((r) => r.focusAreaId === id)!;
    // The three lists name the same focus areas, in the same order.
    const ids = listed.map((f) => f.focusAreaId);
    expect(detail.body.focusAreas.map((f: { focusAreaId: string }) => f.focusAreaId)).toEqual(ids);
    expect(board.body.focusAreas.map((f: { focusAreaId: string }) => f.focusAreaId)).toEqual(ids);
    const told = new Map<string, Told>();
    for (const id of ids) {
      const own = await admin.get(`/focus-areas/${id}`);
      expect(own.status).toBe(200);
      expect(own.etag).toBe(`"${own.body.revision}"`);
      told.set(id, {
        agreements: where(byId(listed, id)),
        agreement: where(byId(detail.body.focusAreas, id)),
        board: where(byId(board.body.focusAreas, id)),
        focusArea: { step: own.body.focusArea.step, cycle: own.body.focusArea.cycle, revision: own.body.revision },
      });
    }
    return told;
  };

  const expectAgreement = (told: Map<string, Told>) => {
    expect(told.size).toBeGreaterThan(0);
    for (const [id, { agreements, agreement, board, focusArea }] of told) {
      expect({ id, ...agreements }).toEqual({ id, ...focusArea });
      expect({ id, ...agreement }).toEqual({ id, ...focusArea });
      expect({ id, ...board }).toEqual({ id, ...focusArea });
    }
  };

  const decideTogether = async (path: string, body: Record<string, unknown>) => {
    const { proposalId } = track(await coordinator.post(`${path}/proposals`, body)).body as { proposalId: string };
    track(await municipalityCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}));
    track(await policeCouncil.post(`${path}/proposals/${proposalId}/approvals`, {}));
  };

  beforeAll(async () => {
    t = await startTestApp();
    [admin, coordinator, municipalityCouncil, policeCouncil] = await Promise.all(
      ['admin', 'lomma.samordnare', 'lomma.rad.kommun', 'lomma.rad.polis'].map((u) => t.as(u)),
    );
  });
  afterAll(() => t.close());

  it('agrees for every focus area of every demo agreement', async () => {
    const agreements = (await admin.get('/agreements')).body.map((a: { agreementId: string }) => a.agreementId);
    expect(agreements).toHaveLength(3);
    for (const agreementId of agreements) expectAgreement(await toldIn(agreementId));
  });

  describe('after a prioritisation by consensus, an advance and a new proposal', () => {
    let prioritised: string;
    let proposed: string;
    let told: Map<string, Told>;

    beforeAll(async () => {
      const seeded = (await coordinator.get(`/agreements/${LOMMA}`)).body.focusAreas as { focusAreaId: string }[];
      prioritised = seeded[0]!.focusAreaId;
      const path = `/focus-areas/${prioritised}`;
      await decideTogether(path, { transition: 'prioritise', grounds: 'Lägesbilden visar oro.', meeting: { name: 'Styrgruppen 1', date: '2024-02-01' } });
      track(await coordinator.put(`${path}/problem-statement`, { what: 'Skadegörelse', where: 'Bjärred', when: 'Kvällar', howOften: 'Varje vecka' }));
      track(await coordinator.post(`${path}/sources`, { kind: 'safetySurvey', title: 'Trygghetsmätningen' }));
      await decideTogether(path, { transition: 'advance', grounds: 'Kartläggningen är klar.' });
      proposed = track(
        await coordinator.post(`/agreements/${LOMMA}/focus-areas`, {
          title: 'Trygghet i Lomma hamn',
          description: 'Ny oro i lägesbilden.',
          childrenAndYoungPeople: false,
        }),
      ).body.focusAreaId as string;
      told = await toldIn(LOMMA);
    });

    it('every route has the prioritised focus area in analysis, at the revision of its last event', () => {
      expect(told.get(prioritised)?.focusArea.step).toBe('analysis');
      expectAgreement(told);
    });

    it('every route has the new proposal in the same step and cycle', () => {
      expect(told.get(proposed)?.focusArea).toMatchObject({ step: 'proposed', revision: 0 });
      expectAgreement(new Map([[proposed, told.get(proposed)!]]));
    });
  });
});
