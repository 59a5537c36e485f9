import { describe, it, expect } from '@jest/globals';
import { replayProjection } from '../shared/replay.js';
import { agreementDecides, assignRole, registerLomma } from '../testing/agreement-commands.js';
import { councilDecides } from '../testing/council.js';
import { eventLog, type EventLog } from '../testing/event-log.js';
import { fa, FOCUS_AREA_ID, focusAreaStream } from '../testing/focus-area-events.js';
import { actors, AGREEMENT_ID, MUNICIPALITY, POLICE } from '../testing/lomma.js';
import { auditHistoryProjection as audit } from './audit-history.projection.js';
import { auditNameBook, auditNamingQueries, AUDIT_NAMING_EVENT_TYPES } from './audit-names.js';
import type { AuditRow } from './audit-row.js';
import { readableAuditRow, type ReadableAuditRow } from './readable-audit-row.js';

const stream = focusAreaStream();
const OTHER_FOCUS_AREA = 'lomma-bjarred-helger';

const rowsOf = (log: EventLog): AuditRow[] => [...replayProjection(audit, log.events()).values()];

/** What the audit query does: the naming rows (here, every row) give the names; each row is read with them. */
const readable = (log: EventLog, namingRows: readonly AuditRow[] = rowsOf(log)): ReadableAuditRow[] => {
  const names = auditNameBook(namingRows);
  return rowsOf(log).map((row) => readableAuditRow(row, names));
};

/** Lomma registered; a focus area prioritised by the council; a measure planned and followed up. */
const lomma = (): EventLog => {
  const log = eventLog();
  agreementDecides(log, registerLomma(), actors.administrator, '2024-01-02');
  agreementDecides(log, assignRole({ userId: 'lomma.rad.polis', role: 'councilRepresentative', partyId: POLICE, function: 'Lokalpolisområdeschef' }));
  log.append(stream, fa.proposed(), actors.coordinator, '2024-01-10');
  councilDecides(log, stream, { proposalId: 'p-prioritise', transition: 'prioritise', from: 'proposed', to: 'mapping', at: '2024-02-01' });
  log.append(stream, [fa.source('src-1'), fa.cause('cause-1'), fa.goal('goal-1')], actors.coordinator, '2024-02-20');
  log.append(stream, fa.measure({ responsiblePartyId: POLICE, responsibleFunction: 'Kommunpolis' }), actors.coordinator);
  log.append(stream, fa.measureStatus('measure-1', 'yellow', 'Svårt att rekrytera föräldrar'), actors.coordinator);
  return log;
};

const summaries = (rows: readonly ReadableAuditRow[], type: string): string[] => rows.filter((r) => r.eventType === type).map((r) => r.summary);

describe('readable audit rows', () => {
  describe('given the agreement and the focus area named in the log', () => {
    const rows = readable(lomma());

    it('names the party an approval was given for, and what the proposal asked', () => {
      expect(summaries(rows, 'TransitionApproved')).toEqual([
        'Godkände förslaget att prioritera fokusområdet för Lomma kommun',
        'Godkände förslaget att prioritera fokusområdet för Lokalpolisområde Kävlinge',
      ]);
    });

    it("says a move was the council's decision instead of naming the proposal by its id", () => {
      expect(summaries(rows, 'FocusAreaPrioritised')).toEqual(['Fokusområdet prioriterades och gick till kartläggning enligt rådets beslut']);
    });

    it('names the responsible party of a measure, and the measure a follow-up is for', () => {
      expect(summaries(rows, 'MeasurePlanned')[0]).toContain('ansvarig Lokalpolisområde Kävlinge (Kommunpolis)');
      expect(summaries(rows, 'MeasureStatusUpdated')).toEqual(['Följde upp åtgärden ”Nattvandring med föräldrar”: gul (risk för avvikelse)']);
    });

    it('names the party of a role assignment', () => {
      expect(summaries(rows, 'RoleAssigned')).toEqual(['Gav ett konto rollen rådsrepresentant för Lokalpolisområde Kävlinge (Lokalpolisområdeschef)']);
    });

    it("gives the names of the deciding and the acting party, and the focus area's title, beside their ids", () => {
      const approval = rows.filter((r) => r.eventType === 'TransitionApproved').at(-1)!;
      expect(approval).toMatchObject({
        partyId: POLICE,
        partyName: 'Lokalpolisområde Kävlinge',
        onBehalfOfPartyId: POLICE,
        onBehalfOfPartyName: 'Lokalpolisområde Kävlinge',
        focusAreaId: FOCUS_AREA_ID,
        focusAreaTitle: 'Otrygghet vid Lomma centrum kvällstid',
      });
      const registration = rows.find((r) => r.eventType === 'AgreementRegistered')!;
      expect([registration.partyName, registration.focusAreaTitle]).toEqual([null, null]);
    });

    it('keeps every id the event names, with its name, for auditors who follow ids', () => {
      expect(rows.find((r) => r.eventType === 'MeasurePlanned')!.references).toEqual([
        { subject: 'party', id: POLICE, name: 'Lokalpolisområde Kävlinge' },
        { subject: 'cause', id: 'cause-1', name: 'Få vuxna på plats kvällstid' },
        { subject: 'goal', id: 'goal-1', name: 'Minskad otrygghet i centrum' },
        { subject: 'measure', id: 'measure-1', name: 'Nattvandring med föräldrar' },
      ]);
      expect(rows.find((r) => r.eventType === 'TransitionApproved')!.references).toEqual([
        { subject: 'party', id: MUNICIPALITY, name: 'Lomma kommun' },
        { subject: 'proposal', id: 'p-prioritise', name: 'att prioritera fokusområdet' },
      ]);
    });

    it('leaves the rest of the row as the projection stored it', () => {
      const stored = rowsOf(lomma());
      expect(rows).toHaveLength(stored.length);
      rows.forEach((row, i) => expect(row).toMatchObject({ ...stored[i]!, summary: row.summary }));
    });
  });

  describe('when what a row names has been removed since', () => {
    const log = lomma();
    log.append(
      stream,
      [fa.measureRemoved('measure-1'), fa.goalRemoved('goal-1'), fa.causeRemoved('cause-1'), fa.sourceRemoved('src-1')],
      actors.coordinator,
    );
    const rows = readable(log);

    it('names the removed measure, goal, cause and source as they were', () => {
      expect([
        ...summaries(rows, 'MeasureRemoved'),
        ...summaries(rows, 'GoalRemoved'),
        ...summaries(rows, 'CauseRemoved'),
        ...summaries(rows, 'SourceRemoved'),
      ]).toEqual([
        'Tog bort åtgärden ”Nattvandring med föräldrar”',
        'Tog bort målet ”Minskad otrygghet i centrum”',
        'Tog bort orsaken ”Få vuxna på plats kvällstid”',
        'Tog bort källan ”Trygghetsmätningen 2023”',
      ]);
    });
  });

  describe('when a measure is planned again under another activity', () => {
    const log = lomma();
    log.append(stream, fa.measure({ activity: 'Vuxenvandringar med föreningarna' }), actors.coordinator);
    log.append(stream, fa.measureStatus('measure-1', 'green'), actors.coordinator);
    const follows = summaries(readable(log), 'MeasureStatusUpdated');

    it('names each follow-up by the activity the measure had at its time', () => {
      expect(follows).toEqual([
        'Följde upp åtgärden ”Nattvandring med föräldrar”: gul (risk för avvikelse)',
        'Följde upp åtgärden ”Vuxenvandringar med föreningarna”: grön (enligt plan)',
      ]);
    });
  });

  describe('when the same id names different things in two focus areas', () => {
    const log = lomma();
    const other = focusAreaStream(OTHER_FOCUS_AREA);
    log.append(other, fa.proposed({ focusAreaId: OTHER_FOCUS_AREA, title: 'Helgoro i Bjärred' }), actors.coordinator);
    log.append(other, [fa.measure({ activity: 'Fältassistenter fredagskvällar' }), fa.measureStatus('measure-1', 'red')], actors.coordinator);
    const rows = readable(log);

    it('names each by its own focus area', () => {
      expect(summaries(rows, 'MeasureStatusUpdated')).toEqual([
        'Följde upp åtgärden ”Nattvandring med föräldrar”: gul (risk för avvikelse)',
        'Följde upp åtgärden ”Fältassistenter fredagskvällar”: röd (avviker)',
      ]);
      expect(rows.at(-1)!.focusAreaTitle).toBe('Helgoro i Bjärred');
    });
  });

  describe('when the council rejects a proposal and a later one is voided', () => {
    const log = lomma();
    log.append(stream, fa.propose('p-analysis', 'advance', 'mapping', 'analysis'), actors.coordinator);
    log.append(stream, fa.reject('p-analysis', POLICE, 'Underlaget saknar EST-data.'), actors.policeRepresentative);
    log.append(stream, fa.propose('p-close', 'close', 'mapping', 'closed'), actors.coordinator);
    log.append(stream, fa.voided('p-close', 'Fokusområdet återkallades.'), actors.coordinator);
    const rows = readable(log);

    it('says which proposal was rejected, for which party, and which one ended', () => {
      expect(summaries(rows, 'TransitionRejected')).toEqual([
        'Avslog förslaget att gå vidare från kartläggning till analys för Lokalpolisområde Kävlinge: Underlaget saknar EST-data.',
      ]);
      expect(summaries(rows, 'ProposalVoided')).toEqual(['Förslaget att avsluta fokusområdet upphörde att gälla: Fokusområdet återkallades.']);
    });
  });

  describe('when the log does not name what a row refers to', () => {
    const log = lomma();
    log.append(stream, [fa.measureStatus('measure-9', 'done'), fa.approve('p-unknown', 'okand-part')], actors.coordinator);
    const rows = readable(log);

    it('says it by id, so the row still tells what it refers to', () => {
      expect(summaries(rows, 'MeasureStatusUpdated').at(-1)).toBe('Följde upp åtgärden measure-9: klar');
      expect(summaries(rows, 'TransitionApproved').at(-1)).toBe('Godkände förslaget p-unknown för parten okand-part');
      expect(rows.at(-1)!.references).toEqual([
        { subject: 'party', id: 'okand-part', name: null },
        { subject: 'proposal', id: 'p-unknown', name: null },
      ]);
    });

    it('names nothing a later row of the log gave a name to', () => {
      const before = lomma();
      before.append(stream, fa.measureStatus('measure-2', 'green'), actors.coordinator);
      before.append(stream, fa.measure({ measureId: 'measure-2', activity: 'Senare åtgärd' }), actors.coordinator);
      expect(summaries(readable(before), 'MeasureStatusUpdated').at(-1)).toBe('Följde upp åtgärden measure-2: grön (enligt plan)');
    });
  });

  describe('the names needed for a page of rows', () => {
    const rows = rowsOf(lomma());
    const naming = rows.filter((r) => (AUDIT_NAMING_EVENT_TYPES as readonly string[]).includes(r.eventType));

    it('are all in the rows of the naming events', () => {
      expect(readable(lomma(), naming).map((r) => r.summary)).toEqual(readable(lomma()).map((r) => r.summary));
    });

    it('are read for the one focus area when every row is of it, with the registration for the parties', () => {
      expect(
        auditNamingQueries(
          AGREEMENT_ID,
          rows.filter((r) => r.focusAreaId === FOCUS_AREA_ID),
        ),
      ).toEqual([
        { agreementId: AGREEMENT_ID, kinds: ['AgreementRegistered', 'MeetingScheduled'] },
        {
          agreementId: AGREEMENT_ID,
          focusAreaId: FOCUS_AREA_ID,
          kinds: AUDIT_NAMING_EVENT_TYPES.filter((t) => t !== 'AgreementRegistered' && t !== 'MeetingScheduled'),
        },
      ]);
    });

    it('are read for the whole agreement when the rows span focus areas, and not at all for no rows', () => {
      const spanning = [...rows, { ...rows.at(-1)!, focusAreaId: OTHER_FOCUS_AREA }];
      expect(auditNamingQueries(AGREEMENT_ID, spanning)[1]).not.toHaveProperty('focusAreaId');
      expect(
        auditNamingQueries(
          AGREEMENT_ID,
          rows.filter((r) => r.focusAreaId === null),
        ),
      ).toEqual([{ agreementId: AGREEMENT_ID, kinds: ['AgreementRegistered', 'MeetingScheduled'] }]);
      expect(auditNamingQueries(AGREEMENT_ID, [])).toEqual([]);
    });
  });
});
