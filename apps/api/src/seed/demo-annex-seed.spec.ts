import { describe, expect, it } from '@jest/globals';
import { foldAnnex, currentValidVersion, type ExistingAnnex } from '@samverkan/annexes';
import { parseAgreementSeed } from '@samverkan/agreements';
import { readFileSync } from 'node:fs';
import { annexSeedStreams, parseAnnexSeed } from './demo-annex-seed.js';

const read = (dir: string, file: string) => JSON.parse(readFileSync(new URL(`../../../../config/${dir}/${file}`, import.meta.url), 'utf8'));
const annexesOf = (file: string) => {
  const agreement = parseAgreementSeed(read('agreements', file));
  const seed = parseAnnexSeed(file, read('annexes', file));
  expect(seed.agreementId).toBe(agreement.agreementId);
  return annexSeedStreams(seed, agreement.parties, '2025-03-14').map(({ annexId, events }) => ({ annexId, state: foldAnnex(events) as ExistingAnnex }));
};

describe('the demo agreements annexes (config/annexes)', () => {
  it('Vellinge: the situation picture of its annex valid from the period start, the action plan a draft awaiting the decision', () => {
    const [picture, plan] = annexesOf('vellinge-2023-2026.json');
    expect(picture!.annexId).toBe('vellinge-2023-2026-lagesbild');
    expect(currentValidVersion(picture!.state.versions)?.version).toBe(1);
    expect(plan!.state.kind).toBe('actionPlan');
    expect(plan!.state.versions.map((v) => v.decision)).toEqual([null]);
  });

  it('Kävlinge: Bilaga 1 as its action plan, valid and binding both parties', () => {
    const [plan] = annexesOf('kavlinge.json');
    expect(plan!.state.versions[0]!.bindingPartyIds).toEqual(['kavlinge-kommun', 'lpo-kavlinge']);
    expect(currentValidVersion(plan!.state.versions)).toBeDefined();
  });

  it('Lomma: the joint situation picture as a draft awaiting the styrgrupp', () => {
    const [picture] = annexesOf('lomma-2023-2027.json');
    expect(picture!.state.versions).toHaveLength(1);
    expect(currentValidVersion(picture!.state.versions)).toBeUndefined();
  });

  it('refuses a file whose kind is not an annex kind, naming the file', () => {
    expect(() => parseAnnexSeed('x.json', { agreementId: 'x', annexes: [{ kind: 'budget', title: 'B', versions: [] }] })).toThrow(
      'x.json: annexes[0].kind',
    );
  });

  it('refuses a version the annex rules refuse (a signature before the decision)', () => {
    const seed = parseAnnexSeed('x.json', {
      agreementId: 'x',
      annexes: [
        { kind: 'actionPlan', title: 'Plan', versions: [{ text: 'T', decidedOn: '2024-02-01', signatures: [{ partyId: 'k', signedOn: '2024-01-01' }] }] },
      ],
    });
    expect(() => annexSeedStreams(seed, [{ partyId: 'k', kind: 'municipality' }], '2025-01-01')).toThrow('undertecknats före beslutet');
  });
});
