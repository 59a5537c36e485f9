import { describe, it, expect } from '@jest/globals';
import type { AgreementCommand, AmendmentChange } from '@samverkan/agreements';
import { replayProjection } from '../shared/replay.js';
import { agreementDecides, registerLomma } from '../testing/agreement-commands.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { actors, AGREEMENT_ID, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { termsOfDocOn, type AgreementDirectoryDoc } from './agreement-directory.doc.js';
import { agreementDirectoryProjection as directory } from './agreement-directory.projection.js';
import { agreementFactsOf } from './directory-access.js';

const RESCUE = 'raddningstjansten';
const addRescue: AmendmentChange = {
  kind: 'addParty',
  party: { partyId: RESCUE, name: 'Räddningstjänsten Syd', kind: 'other' },
  signatory: { function: 'Räddningschef', signedOn: '2025-05-20' },
};
const protocol = { meetingId: 'lomma-styrgrupp-2025-05-14', paragraph: 3 };
const propose: AgreementCommand = {
  type: 'ProposeAmendment',
  data: {
    agreementId: AGREEMENT_ID,
    amendmentId: 'tillagg-1',
    proposedOn: '2025-04-01',
    effectiveFrom: '2025-06-01',
    grounds: 'Räddningstjänsten ansluter.',
    changes: [addRescue],
  },
};
const approve = (partyId: string, withProtocol = false): AgreementCommand => ({
  type: 'ApproveAmendment',
  data: { agreementId: AGREEMENT_ID, amendmentId: 'tillagg-1', partyId, ...(withProtocol ? { protocol } : {}) },
});

const docOf = (log: EventLog): AgreementDirectoryDoc => replayProjection(directory, log.events()).get(AGREEMENT_ID)!;

const proposed = (): EventLog => {
  const log = eventLog();
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  agreementDecides(log, propose, actors.coordinator, '2025-04-01');
  return log;
};

const decided = (): EventLog => {
  const log = proposed();
  agreementDecides(log, approve(MUNICIPALITY, true), actors.municipalityRepresentative, '2025-05-14');
  agreementDecides(log, approve(POLICE), actors.policeRepresentative, '2025-05-15');
  return log;
};

describe('agreement directory › amendments', () => {
  describe('when an amendment is proposed', () => {
    it('records who proposed it, when, and whose consent it needs, as pending', () => {
      expect(docOf(proposed()).amendments).toEqual([
        {
          amendmentId: 'tillagg-1',
          proposedOn: '2025-04-01',
          proposedAt: '2025-04-01T09:00:00.000Z',
          proposedBy: 'lomma.samordnare',
          effectiveFrom: '2025-06-01',
          grounds: 'Räddningstjänsten ansluter.',
          changes: [addRescue],
          consentOf: [MUNICIPALITY, POLICE],
          decisions: [],
          status: 'pending',
          closedAt: null,
        },
      ]);
    });

    it('leaves the terms as signed', () => {
      expect(docOf(proposed()).parties.map((p) => p.partyId)).toEqual([MUNICIPALITY, POLICE]);
      expect(docOf(proposed()).termsHistory).toHaveLength(1);
    });
  });

  describe('when every party in force has approved', () => {
    const doc = docOf(decided());

    it('records each approval with its party, meeting § and who gave it, and the amendment as decided', () => {
      const [amendment] = doc.amendments;
      expect(amendment?.status).toBe('decided');
      // The amendment closes with AgreementAmended, written right after the last approval.
      expect(amendment?.closedAt).toBe('2025-05-15T09:01:00.000Z');
      expect(amendment?.decisions.map((d) => [d.partyId, d.decision, d.protocol, d.actorId])).toEqual([
        [MUNICIPALITY, 'approved', protocol, 'lomma.rad.kommun'],
        [POLICE, 'approved', null, 'lomma.rad.polis'],
      ]);
    });

    it('makes the latest terms the document’s own and keeps the version with the day it takes effect', () => {
      expect(doc.parties.map((p) => p.partyId)).toEqual([MUNICIPALITY, POLICE, RESCUE]);
      expect(doc.termsHistory.map((v) => [v.effectiveFrom, v.amendmentId])).toEqual([
        ['2023-01-01', null],
        ['2025-06-01', 'tillagg-1'],
      ]);
    });

    it('answers the terms and the cycle’s facts on a day before and after it took effect', () => {
      expect(termsOfDocOn(doc, '2025-05-31').parties).toHaveLength(2);
      expect(termsOfDocOn(doc, '2025-06-01').parties).toHaveLength(3);
      expect(agreementFactsOf(doc, '2025-05-31').partyIds).toEqual([MUNICIPALITY, POLICE]);
      expect(agreementFactsOf(doc, '2025-06-01').partyIds).toEqual([MUNICIPALITY, POLICE, RESCUE]);
    });
  });

  describe('when a party rejects it', () => {
    it('records the rejection with its reason, ends the amendment and leaves the terms', () => {
      const log = proposed();
      agreementDecides(
        log,
        { type: 'RejectAmendment', data: { agreementId: AGREEMENT_ID, amendmentId: 'tillagg-1', partyId: POLICE, reason: 'Kostnaderna saknas.' } },
        actors.policeRepresentative,
        '2025-05-14',
      );
      const doc = docOf(log);
      expect(doc.amendments[0]).toMatchObject({ status: 'rejected', closedAt: '2025-05-14T09:00:00.000Z' });
      expect(doc.amendments[0]?.decisions).toMatchObject([{ partyId: POLICE, decision: 'rejected', reason: 'Kostnaderna saknas.' }]);
      expect(doc.termsHistory).toHaveLength(1);
    });
  });
});
