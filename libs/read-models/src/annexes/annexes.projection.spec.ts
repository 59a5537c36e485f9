import { describe, expect, it } from '@jest/globals';
import { annexStreamId } from '@samverkan/shared-kernel';
import { annexCreated, decided, drafted, signed } from './annex-events.testing.js';
import { replayProjection } from '../shared/replay.js';
import { eventLog } from '../testing/event-log.js';
import type { AnnexDoc } from './annex.doc.js';
import { annexesProjection } from './annexes.projection.js';
import { annexVersionStatus, partiesYetToSign, validAnnexVersions, versionInForce } from './valid-annex-versions.query.js';

const coordinator = { actorId: 'lomma.samordnare', actorRole: 'coordinator' as const };
const municipalityRep = { actorId: 'lomma.rad.kommun', actorRole: 'councilRepresentative' as const, onBehalfOfPartyId: 'lomma-kommun' };
const policeSubstitute = { actorId: 'lomma.ersattare.polis', actorRole: 'councilSubstitute' as const, onBehalfOfPartyId: 'lpo-kavlinge' };

const lommaAnnexLog = () => {
  const log = eventLog();
  const stream = annexStreamId('lomma-lagesbild');
  log.append(stream, annexCreated(), coordinator, '2024-02-01');
  log.append(stream, drafted(1), coordinator);
  log.append(stream, decided(1, '2024-03-14'), coordinator, '2024-03-15');
  log.append(stream, signed(1, 'lomma-kommun', '2024-03-20'), municipalityRep);
  log.append(stream, signed(1, 'lpo-kavlinge', '2024-03-22'), policeSubstitute);
  log.append(stream, drafted(2), coordinator, '2025-02-01');
  log.append(stream, decided(2, '2025-03-13'), coordinator);
  return log.events();
};

describe('annexes projection', () => {
  const events = lommaAnnexLog();
  const doc = replayProjection(annexesProjection, events).get('lomma-lagesbild') as AnnexDoc;

  it('keeps one document per annex, indexed by its agreement and kind', () => {
    expect(annexesProjection.index(doc)).toEqual({ agreementId: 'lomma-2023-2027', kind: 'situationPicture', occurredAt: doc.lastEventAt });
    expect(doc.versions.map((v) => v.version)).toEqual([1, 2]);
  });

  it('records who decided and who signed for which party, in which role', () => {
    const [v1] = doc.versions;
    expect(v1!.decision).toEqual({ decidedOn: '2024-03-14', protocol: null, at: '2024-03-15T09:00:00.000Z', by: 'lomma.samordnare' });
    expect(v1!.signatures.map((s) => [s.partyId, s.signedOn, s.by, s.role])).toEqual([
      ['lomma-kommun', '2024-03-20', 'lomma.rad.kommun', 'councilRepresentative'],
      ['lpo-kavlinge', '2024-03-22', 'lomma.ersattare.polis', 'councilSubstitute'],
    ]);
  });

  it('knows a version valid from its last signature, and a decided version awaiting signatures as not valid', () => {
    expect(doc.versions.map((v) => v.validFrom)).toEqual(['2024-03-22', null]);
    expect(versionInForce(doc)?.version).toBe(1);
    expect(versionInForce(doc, '2024-03-21')).toBeUndefined();
  });

  it('lists the valid versions, which meet the annexes obligations', () => {
    expect(validAnnexVersions([doc])).toEqual([{ kind: 'situationPicture', annexId: 'lomma-lagesbild', version: 1, validFrom: '2024-03-22' }]);
  });

  it('gives the same document from zero as from any checkpoint', () => {
    const fromZero = replayProjection(annexesProjection, events);
    for (const cut of [1, 3, 5]) {
      expect(replayProjection(annexesProjection, events.slice(cut), replayProjection(annexesProjection, events.slice(0, cut)))).toEqual(fromZero);
    }
  });

  it('ignores every other stream', () => {
    expect(annexesProjection.route({ ...events[0]!, streamId: 'agreement-lomma-2023-2027' })).toEqual([]);
  });
});

describe('annex version status', () => {
  const doc = replayProjection(annexesProjection, lommaAnnexLog()).get('lomma-lagesbild') as AnnexDoc;

  it('tells the version in force from a decided version awaiting signatures', () => {
    expect(doc.versions.map((v) => annexVersionStatus(doc, v))).toEqual(['inForce', 'awaitingSignatures']);
    expect(partiesYetToSign(doc.versions[1]!)).toEqual(['lomma-kommun', 'lpo-kavlinge']);
  });

  it('a draft replaced by a newer draft, and the newest as the draft', () => {
    const log = eventLog();
    const stream = annexStreamId('lomma-lagesbild');
    log.append(stream, [annexCreated(), drafted(1), drafted(2)], coordinator);
    const drafts = replayProjection(annexesProjection, log.events()).get('lomma-lagesbild') as AnnexDoc;
    expect(drafts.versions.map((v) => annexVersionStatus(drafts, v))).toEqual(['replaced', 'draft']);
  });

  it('an older version once a newer one is valid is superseded', () => {
    const log = eventLog();
    const stream = annexStreamId('lomma-lagesbild');
    log.append(stream, [annexCreated(), drafted(1), decided(1, '2024-01-10'), drafted(2), decided(2, '2024-02-01')], coordinator);
    log.append(stream, [signed(2, 'lomma-kommun', '2024-02-02'), signed(2, 'lpo-kavlinge', '2024-02-02')], municipalityRep);
    const both = replayProjection(annexesProjection, log.events()).get('lomma-lagesbild') as AnnexDoc;
    expect(both.versions.map((v) => annexVersionStatus(both, v))).toEqual(['superseded', 'inForce']);
  });
});
