import { describe, expect, it } from '@jest/globals';
import { notificationsOnEvent, proposalAskedAbout, type EventFacts } from './on-event.js';
import { actors, boardOf, choosing, directoryOf, fa, lommaWithRoles, MUNICIPALITY, POLICE, stream } from './testing/lomma-facts.js';

const everyone = [actors.coordinator, actors.municipalityRepresentative, actors.policeRepresentative, actors.policeSubstitute].map((a) => a.actorId);

/** A proposed focus area with a proposal to prioritise it. */
const proposed = () => {
  const log = lommaWithRoles();
  log.append(stream, fa.proposed(), actors.coordinator, '2024-03-01');
  const [event] = log.append(stream, fa.propose('p-1', 'prioritise', 'proposed', 'mapping'), actors.coordinator, '2024-03-04');
  return { log, event: event! };
};

const factsAt = (log: ReturnType<typeof lommaWithRoles>, over: Partial<EventFacts> = {}): EventFacts => ({
  agreement: directoryOf(log),
  focusArea: boardOf(log),
  proposerOf: () => actors.coordinator.actorId,
  recipient: choosing(everyone, ['proposalAwaiting', 'proposalRejected']),
  ...over,
});

describe('notifications on an event', () => {
  describe('given a proposal put to the council', () => {
    it("mails every council member of each party it waits for, naming the focus area, the step and the member's function", () => {
      const { log, event } = proposed();
      const mails = notificationsOnEvent(event, factsAt(log));
      expect(mails.map((m) => [m.recipientId, m.kind])).toEqual([
        [actors.municipalityRepresentative.actorId, 'proposalAwaiting'],
        [actors.policeRepresentative.actorId, 'proposalAwaiting'],
        [actors.policeSubstitute.actorId, 'proposalAwaiting'],
      ]);
      const [toPolice] = mails.filter((m) => m.recipientId === actors.policeSubstitute.actorId);
      expect(toPolice).toEqual({
        id: `proposalAwaiting:${actors.policeSubstitute.actorId}:${event.eventId}`,
        recipientId: actors.policeSubstitute.actorId,
        kind: 'proposalAwaiting',
        subject: 'Förslag väntar på beslut: Otrygghet vid Lomma centrum kvällstid',
        text: expect.stringContaining(
          'I fokusområdet Otrygghet vid Lomma centrum kvällstid väntar ett förslag på beslut från Lokalpolisområde Kävlinge: att prioritera fokusområdet.',
        ),
        path: '/beslut',
      });
      expect(toPolice?.text).toContain('Du får det här som Kommunpolis för Lokalpolisområde Kävlinge i Samverkansöverenskommelse');
      expect(toPolice?.text).toContain('Från steget föreslaget till kartläggning.');
    });

    it('when the notifier reaches it after the municipality approved, mails only the police', () => {
      const { log, event } = proposed();
      log.append(stream, fa.approve('p-1', MUNICIPALITY), actors.municipalityRepresentative);
      expect(notificationsOnEvent(event, factsAt(log)).map((m) => m.recipientId)).toEqual([
        actors.policeRepresentative.actorId,
        actors.policeSubstitute.actorId,
      ]);
    });

    it('mails no one once the proposal is no longer pending (decided before the notifier got to it)', () => {
      const { log, event } = proposed();
      log.append(stream, fa.reject('p-1', POLICE), actors.policeRepresentative);
      expect(notificationsOnEvent(event, factsAt(log))).toEqual([]);
    });

    it('mails no one who did not choose it, nor anyone without an account that can receive mail', () => {
      const { log, event } = proposed();
      expect(notificationsOnEvent(event, factsAt(log, { recipient: choosing(everyone, ['weeklyDigest']) }))).toEqual([]);
      expect(notificationsOnEvent(event, factsAt(log, { recipient: () => undefined }))).toEqual([]);
    });

    it('decides the same ids when asked again (a replay after a crash adds nothing to the outbox)', () => {
      const { log, event } = proposed();
      expect(notificationsOnEvent(event, factsAt(log)).map((m) => m.id)).toEqual(notificationsOnEvent(event, factsAt(log)).map((m) => m.id));
    });
  });

  describe('given a rejection', () => {
    it('mails the coordinator who proposed it, with the party and the reason, linking to the focus area', () => {
      const { log } = proposed();
      const [event] = log.append(stream, fa.reject('p-1', POLICE, 'Källorna räcker inte.'), actors.policeRepresentative);
      const mails = notificationsOnEvent(event!, factsAt(log));
      expect(mails).toEqual([
        {
          id: `proposalRejected:${actors.coordinator.actorId}:${event!.eventId}`,
          recipientId: actors.coordinator.actorId,
          kind: 'proposalRejected',
          subject: 'Ditt förslag har avslagits: Otrygghet vid Lomma centrum kvällstid',
          text: expect.stringContaining('Lokalpolisområde Kävlinge har avslagit ditt förslag i fokusområdet Otrygghet vid Lomma centrum kvällstid'),
          path: '/fokusomraden/lomma-centrum-kvallstid',
        },
      ]);
      expect(mails[0]?.text).toContain('Skäl: Källorna räcker inte.');
    });

    it('mails no one when the proposer is not known (proposed before the notifier began) or did not choose it', () => {
      const { log } = proposed();
      const [event] = log.append(stream, fa.reject('p-1', POLICE), actors.policeRepresentative);
      expect(notificationsOnEvent(event!, factsAt(log, { proposerOf: () => undefined }))).toEqual([]);
      expect(notificationsOnEvent(event!, factsAt(log, { recipient: choosing(everyone, ['proposalAwaiting']) }))).toEqual([]);
    });
  });

  it('mails nothing for events of other kinds or without their read models', () => {
    const { log, event } = proposed();
    const [approval] = log.append(stream, fa.approve('p-1', MUNICIPALITY), actors.municipalityRepresentative);
    expect(notificationsOnEvent(approval!, factsAt(log))).toEqual([]);
    expect(notificationsOnEvent(event, factsAt(log, { focusArea: undefined }))).toEqual([]);
  });

  it("names the one proposal whose proposer a decision asks about: a rejection's, and none for a proposal or an approval", () => {
    const { log, event } = proposed();
    const [approval] = log.append(stream, fa.approve('p-1', MUNICIPALITY), actors.municipalityRepresentative);
    const [rejection] = log.append(stream, fa.reject('p-1', POLICE), actors.policeRepresentative);
    expect(proposalAskedAbout(rejection!)).toBe('p-1');
    expect(proposalAskedAbout(event)).toBeUndefined();
    expect(proposalAskedAbout(approval!)).toBeUndefined();
    const asked: string[] = [];
    const proposerOf = (id: string) => {
      asked.push(id);
      return actors.coordinator.actorId;
    };
    notificationsOnEvent(rejection!, factsAt(log, { proposerOf }));
    notificationsOnEvent(event, factsAt(log, { proposerOf }));
    expect(asked).toEqual(['p-1']);
  });
});
