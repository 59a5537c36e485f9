import { describe, expect, it } from '@jest/globals';
import { agreementDecides, assignRole, recordFulfilment, registerLomma } from '../testing/agreement-commands.js';
import { councilDecides, throughFirstCycle } from '../testing/council.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa, FOCUS_AREA_ID, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { diffPlans } from './diff-plans.js';
import type { PlanChange } from './plan-change.js';
import { planAt } from './plan-at.testing.js';

const stream = focusAreaStream();
const changes = (log: EventLog, from: string, to: string): PlanChange[] => diffPlans(planAt(log, from), planAt(log, to));
const kinds = (list: PlanChange[]) => list.map((c) => c.kind);
const only = (list: PlanChange[], kind: PlanChange['kind']) => list.filter((c) => c.kind === kind);

/** Lomma registered, then a focus area through its first cycle to evaluation (2024-01-10 … 2024-06-13). */
const lomma = (): EventLog => {
  const log = eventLog('2024-01-02');
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  throughFirstCycle(log, stream);
  return log;
};

describe('what changed in the plan', () => {
  describe('given the same moment twice', () => {
    it('lists nothing', () => {
      expect(changes(lomma(), '2024-05-01', '2024-05-01')).toEqual([]);
    });
  });

  describe('given a moment before the agreement was registered', () => {
    it('lists the registration and the focus area as proposed', () => {
      const list = changes(lomma(), '2024-01-01', '2024-01-10');
      expect(kinds(list)).toEqual(['agreementRegistered', 'focusAreaAdded']);
      expect(list[1]).toMatchObject({ focusAreaId: FOCUS_AREA_ID, description: 'Fokusområdet ”Otrygghet vid Lomma centrum kvällstid” föreslogs' });
    });
  });

  describe('when the council prioritised the focus area while the proposal was pending', () => {
    const list = changes(lomma(), '2024-02-01T09:00:30Z', '2024-02-01');

    it('says it went to mapping and that the council approved the proposal', () => {
      expect(kinds(list)).toEqual(['stepChanged', 'proposalApproved']);
      expect(list[0]).toMatchObject({
        before: 'proposed',
        after: 'mapping',
        description: '”Otrygghet vid Lomma centrum kvällstid” prioriterades och gick till kartläggning',
      });
      expect(list[1].description).toBe('Rådet godkände förslaget att prioritera fokusområdet för ”Otrygghet vid Lomma centrum kvällstid”');
    });
  });

  describe('when mapping work was recorded and a proposal put', () => {
    const log = lomma();
    it('lists the problem statement, the source and the pending proposal', () => {
      const list = changes(log, '2024-02-19', '2024-03-14T09:00:30Z');
      expect(kinds(list)).toEqual(['proposalPending', 'problemStatementChanged', 'sourceAdded']);
      expect(list[0].description).toBe(
        'Förslaget att gå vidare från kartläggning till analys för ”Otrygghet vid Lomma centrum kvällstid” väntar på rådets beslut',
      );
      expect(list[2].description).toBe('Källan ”Trygghetsmätningen 2023” lades till i ”Otrygghet vid Lomma centrum kvällstid”');
    });

    it('names the party that has approved, by its name', () => {
      const list = changes(log, '2024-03-14T09:00:30Z', '2024-03-14T09:01:30Z');
      expect(list).toEqual([
        expect.objectContaining({
          kind: 'proposalPartyApproved',
          after: MUNICIPALITY,
          description: expect.stringMatching(/^Lomma kommun godkände förslaget att gå vidare/),
        }),
      ]);
    });
  });

  describe('when measures were decided', () => {
    const list = changes(lomma(), '2024-05-16', '2024-06-13');

    it('shows the move alone when the proposal was put and decided within the period (two states do not show it)', () => {
      expect(only(list, 'stepChanged')[0]).toMatchObject({ before: 'measures', after: 'evaluation' });
      expect(only(list, 'proposalApproved')).toEqual([]);
    });

    it('lists the goal, the measure with its responsible party and due date, and the child impact assessment', () => {
      expect(kinds(list)).toEqual(['stepChanged', 'goalAdded', 'measureAdded', 'childImpactAssessmentRecorded']);
      expect(only(list, 'measureAdded')[0]).toMatchObject({
        subjectId: 'measure-1',
        cycle: 1,
        description:
          'Åtgärden ”Nattvandring med föräldrar” planerades i ”Otrygghet vid Lomma centrum kvällstid”, ansvarig Lomma kommun (Brottsförebyggande samordnare), klar senast 30 juni 2024',
      });
      expect(only(list, 'goalAdded')[0].description).toContain('(Problemindex i trygghetsmätningen från 1.9 till 1.5 senast 31 december 2025)');
    });
  });

  describe('when a measure was followed up and its due date moved', () => {
    const log = lomma();
    // The plan is revised in measures: back there first (before the moments compared).
    log.append(stream, fa.steppedBack('evaluation', 'measures'), actors.coordinator, '2024-06-20');
    log.append(stream, fa.measureStatus('measure-1', 'red', 'Ingen leverantör'), actors.coordinator, '2024-07-01');
    log.append(stream, fa.measure({ dueDate: '2024-09-30' }), actors.coordinator, '2024-07-02');
    const list = changes(log, '2024-06-30', '2024-07-03');

    it('gives the status before and after, in Swedish', () => {
      expect(only(list, 'measureStatusChanged')[0]).toMatchObject({
        before: null,
        after: 'red',
        description: expect.stringContaining('röd (avviker) (tidigare ej uppföljd)'),
      });
    });

    it('gives the old and the new due date', () => {
      expect(only(list, 'measureDueDateChanged')[0]).toMatchObject({ before: '2024-06-30', after: '2024-09-30' });
    });

    it('does not call the measure otherwise changed', () => {
      expect(only(list, 'measureChanged')).toEqual([]);
    });
  });

  describe('when the focus area stepped back and a measure and a goal were removed', () => {
    const log = lomma();
    log.append(stream, fa.steppedBack('evaluation', 'measures'), actors.coordinator, '2024-07-01');
    log.append(stream, [fa.measureRemoved(), fa.goalRemoved()], actors.coordinator, '2024-07-02');
    const list = changes(log, '2024-06-30', '2024-07-03');

    it('says it went back, and what was removed', () => {
      expect(kinds(list)).toEqual(['stepChanged', 'goalRemoved', 'measureRemoved']);
      expect(list[0].description).toBe('”Otrygghet vid Lomma centrum kvällstid” gick tillbaka från uppföljning och utvärdering till åtgärder');
    });
  });

  describe('when a party rejected the proposal', () => {
    const log = lomma();
    log.append(stream, [fa.outcome(), fa.conclusion()], actors.coordinator, '2024-11-01');
    log.append(stream, fa.propose('p-close', 'close', 'evaluation', 'closed'), actors.coordinator, '2024-11-02');
    log.append(stream, fa.reject('p-close', POLICE), actors.policeRepresentative, '2024-11-20');

    it('names the party and its reason, and not an approval', () => {
      const list = changes(log, '2024-11-10', '2024-11-21');
      expect(kinds(list)).toEqual(['proposalRejected']);
      expect(list[0].description).toBe(
        'Lokalpolisområde Kävlinge avslog förslaget om ”Otrygghet vid Lomma centrum kvällstid”: Källorna räcker inte; komplettera med EST-data.',
      );
    });

    it('lists the outcome and the conclusion of the evaluation', () => {
      expect(kinds(changes(log, '2024-10-31', '2024-11-01'))).toEqual(['goalOutcomeRecorded', 'conclusionRecorded']);
    });
  });

  describe('when a new cycle started', () => {
    const log = lomma();
    log.append(stream, [fa.outcome()], actors.coordinator, '2024-11-01');
    log.append(stream, [fa.conclusion()], actors.coordinator, '2024-11-05');
    councilDecides(log, stream, { proposalId: 'p-cycle', transition: 'newCycle', from: 'evaluation', to: 'mapping', at: '2024-11-14' });
    log.append(stream, fa.problemStatement(), actors.coordinator, '2024-11-20');
    const list = changes(log, '2024-11-02', '2024-11-21');

    it("says which cycle started, and does not call the earlier cycle's measures removed", () => {
      expect(kinds(list)).toEqual(['cycleStarted', 'conclusionRecorded', 'problemStatementChanged']);
      expect(list[0]).toMatchObject({
        before: '1',
        after: '2',
        description: '”Otrygghet vid Lomma centrum kvällstid” startade cykel 2 och står nu i kartläggning',
      });
    });

    it('files each change under the cycle it belongs to', () => {
      expect(list.map((c) => c.cycle)).toEqual([2, 1, 2]);
    });
  });

  describe('when the focus area was closed', () => {
    const log = lomma();
    log.append(stream, [fa.outcome(), fa.conclusion()], actors.coordinator, '2024-11-01');
    councilDecides(log, stream, { proposalId: 'p-close', transition: 'close', from: 'evaluation', to: 'closed', at: '2024-11-14' });

    it("says it was closed on the council's approval", () => {
      const list = changes(log, '2024-11-14T09:00:30Z', '2024-11-15');
      expect(list.map((c) => c.description)).toEqual([
        '”Otrygghet vid Lomma centrum kvällstid” avslutades',
        'Rådet godkände förslaget att avsluta fokusområdet för ”Otrygghet vid Lomma centrum kvällstid”',
      ]);
    });
  });

  describe('when a step back voided the pending proposal', () => {
    const log = lomma();
    log.append(stream, fa.steppedBack('evaluation', 'measures'), actors.coordinator, '2024-07-01');
    log.append(stream, fa.propose('p-again', 'advance', 'measures', 'evaluation'), actors.coordinator, '2024-07-02');
    log.append(stream, [fa.steppedBack('measures', 'analysis'), fa.voided('p-again')], actors.coordinator, '2024-07-03');

    it('says the proposal no longer waits, without claiming a decision', () => {
      const list = changes(log, '2024-07-02', '2024-07-03');
      expect(kinds(list)).toEqual(['stepChanged', 'proposalNoLongerPending']);
      expect(list[1].description).toBe(
        'Förslaget att gå vidare från åtgärder till uppföljning och utvärdering för ”Otrygghet vid Lomma centrum kvällstid” väntar inte längre på rådet',
      );
    });
  });

  describe('when roles changed and an obligation was carried out', () => {
    const log = lomma();
    agreementDecides(log, assignRole({ userId: 'lomma.revisor', role: 'auditor', function: 'Revisor' }), actors.administrator, '2024-07-01');
    agreementDecides(log, recordFulfilment('councilMeetings', '2024-06-28', 'Styrgruppen möte 2'), actors.coordinator, '2024-07-02');
    const list = changes(log, '2024-06-30', '2024-07-03');

    it("lists the agreement's changes before those of its focus areas", () => {
      expect(list.map((c) => c.description)).toEqual([
        'lomma.revisor fick rollen revisor (Revisor)',
        'Åtagandet om möten i strategiska rådet fullgjordes 28 juni 2024: Styrgruppen möte 2',
      ]);
      expect(list.every((c) => c.focusAreaId === null)).toBe(true);
    });
  });

  describe('given the later plan first', () => {
    it('reads the focus area as not there', () => {
      const list = diffPlans(planAt(lomma(), '2024-01-10'), planAt(lomma(), '2024-01-05'));
      expect(kinds(list)).toEqual(['focusAreaRemoved']);
    });
  });
});
