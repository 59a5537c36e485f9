import { describe, it, expect } from '@jest/globals';
import type { MeetingsObligation } from '@samverkan/agreements';
import { obligationStatuses } from './obligation-statuses.query.js';
import { subject } from '../testing/obligation-subject.js';

const council: MeetingsObligation = { kind: 'councilMeetings', perYear: 4, description: 'Styrgruppen sammanträder fyra gånger per år.' };
const full2023 = ['2023-02-10', '2023-05-12', '2023-09-15', '2023-11-24'];
const statusOn = (today: string, held: readonly string[], period?: { from: string; to: string }) =>
  obligationStatuses(subject(council, held, period), today).map((r) => [r.periodLabel, r.status, r.count, r.required, r.dueBy]);

describe('council meetings (per year)', () => {
  it('are due while the year runs with fewer meetings than required', () => {
    expect(statusOn('2024-06-15', [...full2023, '2024-02-09', '2024-05-17'])).toEqual([['2024', 'due', 2, 4, '2024-12-31']]);
  });

  it('are still due on the last day of the year', () => {
    expect(statusOn('2024-12-31', [...full2023, '2024-02-09', '2024-05-17', '2024-09-13'])).toEqual([['2024', 'due', 3, 4, '2024-12-31']]);
  });

  it('are met once the year has had enough meetings', () => {
    const rows = obligationStatuses(subject(council, [...full2023, '2024-02-09', '2024-05-17', '2024-06-10', '2024-06-14']), '2024-06-15');
    expect(rows).toEqual([
      {
        kind: 'councilMeetings',
        description: council.description,
        source: null,
        status: 'met',
        dueBy: '2024-12-31',
        lastFulfilledOn: '2024-06-14',
        count: 4,
        required: 4,
        periodLabel: '2024',
      },
    ]);
  });

  it('report a year that ended short as overdue, beside the new year', () => {
    expect(statusOn('2025-01-01', [...full2023, '2024-02-09', '2024-05-17', '2024-09-13'])).toEqual([
      ['2024', 'overdue', 3, 4, '2024-12-31'],
      ['2025', 'due', 0, 4, '2025-12-31'],
    ]);
  });

  it('keep every short year visible, not only the last', () => {
    expect(statusOn('2025-03-01', ['2023-03-01', '2024-03-01']).map(([label, status]) => [label, status])).toEqual([
      ['2023', 'overdue'],
      ['2024', 'overdue'],
      ['2025', 'due'],
    ]);
  });

  it('are not yet due before the period begins', () => {
    expect(statusOn('2022-11-01', [])).toEqual([['2023', 'notYetDue', 0, 4, '2023-12-31']]);
  });

  it('are judged on the last year of the period once it has ended', () => {
    const everyYear = ['2023', '2024', '2025', '2026', '2027'].flatMap((y) => [`${y}-02-01`, `${y}-05-01`, `${y}-09-01`, `${y}-11-01`]);
    expect(statusOn('2028-03-01', everyYear)).toEqual([['2027', 'met', 4, 4, '2027-12-31']]);
  });

  it('require meetings in proportion to the part of a year the agreement covers', () => {
    const period = { from: '2023-07-01', to: '2025-06-30' };
    expect(statusOn('2023-12-31', ['2023-09-01'], period)).toEqual([['2023-07-01–2023-12-31', 'due', 1, 2, '2023-12-31']]);
    expect(statusOn('2025-07-01', ['2023-09-01', '2023-11-01', '2024-02-01', '2024-04-01', '2024-09-01', '2024-11-01', '2025-03-01'], period)).toEqual([
      ['2025-01-01–2025-06-30', 'overdue', 1, 2, '2025-06-30'],
    ]);
  });

  it('do not count a meeting dated after today', () => {
    expect(statusOn('2024-06-15', [...full2023, '2024-02-09', '2024-09-13'])).toEqual([['2024', 'due', 1, 4, '2024-12-31']]);
  });

  it('count operative group meetings the same way', () => {
    const group: MeetingsObligation = { kind: 'operativeGroupMeetings', perYear: 6, description: 'Samverkansgruppen träffas sex gånger per år.' };
    expect(obligationStatuses(subject(group, ['2023-01-15']), '2023-03-01')[0]).toMatchObject({ status: 'due', count: 1, required: 6 });
  });
});

describe('meetings held in the app', () => {
  const heldInApp = (body: 'council' | 'operativeGroup', ...days: string[]) => days.map((heldOn) => ({ body, heldOn }));
  const rowOn = (today: string, fulfilled: readonly string[], meetingsHeld: { body: 'council' | 'operativeGroup'; heldOn: string }[]) =>
    obligationStatuses({ ...subject(council, fulfilled, { from: '2024-01-01', to: '2027-12-31' }), meetingsHeld }, today).map((r) => [
      r.periodLabel,
      r.status,
      r.count,
      r.lastFulfilledOn,
    ]);

  it('count on their own, without a fulfilment recorded for them', () => {
    expect(rowOn('2024-06-15', [], heldInApp('council', '2024-02-09', '2024-05-17'))).toEqual([['2024', 'due', 2, '2024-05-17']]);
  });

  it('count beside the fulfilments recorded by hand', () => {
    expect(rowOn('2024-12-01', ['2024-02-09', '2024-05-17'], heldInApp('council', '2024-09-13', '2024-11-22'))).toEqual([
      ['2024', 'met', 4, '2024-11-22'],
    ]);
  });

  it('are not counted twice when a fulfilment is also recorded for the same day', () => {
    expect(rowOn('2024-06-15', ['2024-02-09', '2024-05-17'], heldInApp('council', '2024-05-17'))).toEqual([['2024', 'due', 2, '2024-05-17']]);
  });

  it("count only towards their own body's obligation", () => {
    expect(rowOn('2024-06-15', [], heldInApp('operativeGroup', '2024-02-09'))).toEqual([['2024', 'due', 0, null]]);
  });

  it('do not count when held after today', () => {
    expect(rowOn('2024-06-15', [], heldInApp('council', '2024-06-16'))).toEqual([['2024', 'due', 0, null]]);
  });
});
