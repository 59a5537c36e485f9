import { describe, it, expect } from '@jest/globals';
import { replayProjection } from '../shared/replay.js';
import { agreementDecides, assignRole, recordFulfilment, registerLomma, revokeRole } from '../testing/agreement-commands.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, AGREEMENT_ID, lommaRegistration, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { agreementDirectoryProjection as directory } from './agreement-directory.projection.js';
import { partyIdsOf, type AgreementDirectoryDoc } from './agreement-directory.doc.js';

const docOf = (log: EventLog): AgreementDirectoryDoc => replayProjection(directory, log.events()).get(AGREEMENT_ID)!;

const policeRepresentative = { userId: 'lomma.rad.polis', role: 'councilRepresentative' as const, partyId: POLICE, function: 'Lokalpolisområdeschef' };
const policeSubstitute = {
  userId: 'lomma.ersattare.polis',
  role: 'councilSubstitute' as const,
  partyId: POLICE,
  function: 'Ställföreträdande lokalpolisområdeschef',
};
const auditor = { userId: 'lomma.revisor', role: 'auditor' as const, function: 'Revisor' };

const registered = (): EventLog => {
  const log = eventLog();
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  return log;
};

describe('agreement directory', () => {
  describe('when an agreement is registered', () => {
    const doc = docOf(registered());

    it('holds what was registered, when and by whom', () => {
      expect(doc).toMatchObject({
        agreementId: AGREEMENT_ID,
        name: lommaRegistration.name,
        municipality: 'Lomma',
        parties: lommaRegistration.parties,
        period: { from: '2023-01-01', to: '2027-12-31' },
        council: { name: 'Trygghetsrådets styrgrupp' },
        operativeGroup: { name: 'Trygghetsrådets samverkansgrupp' },
        obligations: lommaRegistration.obligations,
        registeredAt: '2024-01-02T09:00:00.000Z',
        registeredBy: 'admin',
        roles: [],
        roleHistory: [],
        fulfilments: [],
        revision: 0,
        position: '1',
      });
      expect(doc.policy.decisionRequired.advance).toBe(true);
    });

    it("gives the parties in the agreement's order", () => {
      expect(partyIdsOf(doc)).toEqual([MUNICIPALITY, POLICE]);
    });

    it('is indexed by agreement', () => {
      expect(directory.index(doc)).toEqual({ agreementId: AGREEMENT_ID, occurredAt: '2024-01-02T09:00:00.000Z' });
    });
  });

  describe('when roles are assigned and one revoked', () => {
    const log = registered();
    agreementDecides(log, assignRole(policeRepresentative), actors.administrator, '2024-01-03');
    agreementDecides(log, assignRole(policeSubstitute), actors.administrator, '2024-01-04');
    agreementDecides(log, assignRole(auditor), actors.administrator, '2024-01-05');
    agreementDecides(
      log,
      revokeRole({ userId: policeRepresentative.userId, role: 'councilRepresentative', partyId: POLICE }),
      actors.administrator,
      '2024-09-01',
    );
    const doc = docOf(log);

    it('lists the roles held now, each since its assignment', () => {
      expect(doc.roles).toEqual([
        { ...policeSubstitute, since: '2024-01-04T09:00:00.000Z', assignedBy: 'admin' },
        { ...auditor, partyId: null, since: '2024-01-05T09:00:00.000Z', assignedBy: 'admin' },
      ]);
    });

    it("keeps the history of who held which role when, with the revoked role's function", () => {
      expect(doc.roleHistory.map((c) => [c.change, c.userId, c.role, c.partyId, c.function, c.at.slice(0, 10)])).toEqual([
        ['assigned', 'lomma.rad.polis', 'councilRepresentative', POLICE, 'Lokalpolisområdeschef', '2024-01-03'],
        ['assigned', 'lomma.ersattare.polis', 'councilSubstitute', POLICE, 'Ställföreträdande lokalpolisområdeschef', '2024-01-04'],
        ['assigned', 'lomma.revisor', 'auditor', null, 'Revisor', '2024-01-05'],
        ['revoked', 'lomma.rad.polis', 'councilRepresentative', POLICE, 'Lokalpolisområdeschef', '2024-09-01'],
      ]);
      expect(doc.roleHistory[3]).toMatchObject({ actorId: 'admin', actorRole: 'administrator', position: '5' });
    });

    it('dates a role assigned again from its new assignment', () => {
      const again = registered();
      agreementDecides(again, assignRole(policeRepresentative), actors.administrator, '2024-01-03');
      agreementDecides(
        again,
        revokeRole({ userId: policeRepresentative.userId, role: 'councilRepresentative', partyId: POLICE }),
        actors.administrator,
        '2024-02-01',
      );
      agreementDecides(again, assignRole(policeRepresentative), actors.administrator, '2024-03-01');
      expect(docOf(again).roles).toEqual([expect.objectContaining({ userId: 'lomma.rad.polis', since: '2024-03-01T09:00:00.000Z' })]);
      expect(docOf(again).roleHistory).toHaveLength(3);
    });
  });

  describe('when obligations are fulfilled', () => {
    it('keeps each fulfilment with when and by whom it was recorded', () => {
      const log = registered();
      agreementDecides(log, recordFulfilment('councilMeetings', '2024-03-14', 'Styrgruppsmöte 1 av 4'), actors.coordinator, '2024-03-15');
      agreementDecides(log, recordFulfilment('situationPictureUpdate', '2024-10-03'), actors.coordinator, '2024-10-07');
      expect(docOf(log).fulfilments).toEqual([
        {
          obligationKind: 'councilMeetings',
          fulfilledOn: '2024-03-14',
          note: 'Styrgruppsmöte 1 av 4',
          recordedAt: '2024-03-15T09:00:00.000Z',
          recordedBy: 'lomma.samordnare',
          position: '2',
        },
        {
          obligationKind: 'situationPictureUpdate',
          fulfilledOn: '2024-10-03',
          note: null,
          recordedAt: '2024-10-07T09:00:00.000Z',
          recordedBy: 'lomma.samordnare',
          position: '3',
        },
      ]);
      expect(docOf(log)).toMatchObject({ lastEventAt: '2024-10-07T09:00:00.000Z', revision: 2, position: '3' });
    });
  });

  describe('as a projection', () => {
    it('ignores focus area events', () => {
      const log = registered();
      const [proposed] = log.append(focusAreaStream(), fa.proposed(), actors.coordinator);
      expect(directory.route(proposed!)).toEqual([]);
    });

    it('ignores events of an agreement never registered', () => {
      const log = eventLog();
      const [assigned] = log.append(
        'agreement-okand',
        { type: 'RoleAssigned', schemaVersion: 1, data: { agreementId: 'okand', ...auditor } },
        actors.administrator,
      );
      expect(directory.evolve(undefined, assigned!)).toBeUndefined();
    });

    it('changes nothing when an event is applied again', () => {
      const log = registered();
      const [assigned] = agreementDecides(log, assignRole(auditor));
      const doc = docOf(log);
      expect(directory.evolve(doc, assigned!)).toBe(doc);
    });
  });
});

describe('agreement directory, reading stored schema versions', () => {
  it('reads each event through the agreement lib’s upcasters: a version no upcaster reaches is a deployment error, named', () => {
    const [stored] = registered().events();
    const fromTheFuture = { ...stored!, schemaVersion: 2 };
    expect(() => replayProjection(directory, [fromTheFuture])).toThrow(/AgreementRegistered has schema version 2/);
  });
});
