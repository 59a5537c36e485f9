import { describe, it, expect } from '@jest/globals';
import type { AnnualReportObligation, CitizenPromiseRenewalObligation, RecurringObligation } from '@samverkan/agreements';
import type { Obligation } from '@samverkan/agreements';
import { obligationStatuses } from './obligation-statuses.query.js';
import { subject } from '../testing/obligation-subject.js';

const situationPicture: RecurringObligation = {
  kind: 'situationPictureUpdate',
  everyYears: 1,
  description: 'Trygghetsrådet presenterar varje år en gemensam lägesbild.',
  source: 'Varje år ska trygghetsrådet presentera en gemensam lägesbild.',
};
const row = (obligation: Obligation, today: string, done: readonly string[] = [], period?: { from: string; to: string }) => {
  const [first] = obligationStatuses(subject(obligation, done, period), today);
  return [first!.status, first!.dueBy, first!.lastFulfilledOn, first!.periodLabel];
};

describe('recurring obligations (every n years)', () => {
  describe('before the first time', () => {
    it("are due by the last day of the period's first n years", () => {
      expect(row(situationPicture, '2023-06-01')).toEqual(['notYetDue', '2023-12-31', null, '2023-01-01–2023-12-31']);
    });

    it('become due 90 days before the due date, not 91', () => {
      expect(row(situationPicture, '2023-10-01')[0]).toBe('notYetDue');
      expect(row(situationPicture, '2023-10-02')[0]).toBe('due');
    });

    it('are due on the due date and overdue the day after', () => {
      expect(row(situationPicture, '2023-12-31')[0]).toBe('due');
      expect(row(situationPicture, '2024-01-01')[0]).toBe('overdue');
    });

    it('are due by the first date the agreement names, when it names one', () => {
      const followUp: RecurringObligation = {
        kind: 'agreementFollowUp',
        everyYears: 1,
        firstDueBy: '2024-12-31',
        description: 'Årlig uppföljning med start senare delen av 2024.',
      };
      expect(row(followUp, '2024-06-01', [], { from: '2024-01-01', to: '2027-12-31' })).toEqual([
        'notYetDue',
        '2024-12-31',
        null,
        '2024-01-01–2024-12-31',
      ]);
    });
  });

  describe('once done', () => {
    it('are met, and due again n years after the last time, to the day', () => {
      expect(row(situationPicture, '2024-02-01', ['2023-11-15'])).toEqual(['met', '2024-11-15', '2023-11-15', '2023-11-15–2024-11-15']);
    });

    it('are due on that day and overdue the day after', () => {
      expect(row(situationPicture, '2024-11-15', ['2023-11-15'])[0]).toBe('due');
      expect(row(situationPicture, '2024-11-16', ['2023-11-15'])[0]).toBe('overdue');
    });

    it('count from the latest time, whatever order the fulfilments were recorded in', () => {
      expect(row(situationPicture, '2025-02-01', ['2024-10-20', '2023-11-15'])).toEqual(['met', '2025-10-20', '2024-10-20', '2024-10-20–2025-10-20']);
    });
  });

  describe('when the next due date falls after the period', () => {
    const everySecondYear: RecurringObligation = {
      kind: 'situationPictureUpdate',
      everyYears: 2,
      description: 'Lägesbilden uppdateras i sin helhet minst vart annat år.',
    };
    const vellinge = { from: '2023-01-01', to: '2026-12-31' };

    it('are met with nothing more due within the agreement', () => {
      expect(row(everySecondYear, '2026-11-01', ['2025-05-01'], vellinge)).toEqual(['met', null, '2025-05-01', '2025-05-01–2026-12-31']);
    });

    it('are not due at all when the first due date is already after the period', () => {
      expect(row(everySecondYear, '2023-06-01', [], { from: '2023-01-01', to: '2023-12-31' })).toEqual(['notYetDue', null, null, '2023-01-01–2023-12-31']);
    });
  });

  it('follow up the action plan the same way', () => {
    const actionPlan: RecurringObligation = { kind: 'actionPlanFollowUp', everyYears: 2, description: 'Åtgärdsplanen följs upp minst vart annat år.' };
    expect(row(actionPlan, '2024-12-31')).toEqual(['due', '2024-12-31', null, '2023-01-01–2024-12-31']);
  });
});

describe('annual report', () => {
  const report: AnnualReportObligation = {
    kind: 'annualReport',
    to: ['kommunstyrelsen', 'lokalpolisområdeschef'],
    description: 'Resultaten redovisas årligen.',
  };

  it("is due within the period's first year, then a year after each report", () => {
    expect(row(report, '2023-12-31')).toEqual(['due', '2023-12-31', null, '2023-01-01–2023-12-31']);
    expect(row(report, '2024-06-01', ['2024-03-01'])).toEqual(['met', '2025-03-01', '2024-03-01', '2024-03-01–2025-03-01']);
    expect(row(report, '2025-03-02', ['2024-03-01'])[0]).toBe('overdue');
  });
});

describe('citizen promise renewal', () => {
  const promise: CitizenPromiseRenewalObligation = {
    kind: 'citizenPromiseRenewal',
    everyYears: 2,
    readyBy: '12-31',
    description: 'Medborgarlöftet förnyas vartannat år och är klart till årsskiftet.',
  };
  const vellinge = { from: '2023-01-01', to: '2026-12-31' };

  it("is first due by the ready-by day of the period's first year", () => {
    expect(row(promise, '2023-09-01', [], vellinge)).toEqual(['notYetDue', '2023-12-31', null, '2023-01-01–2023-12-31']);
    expect(row(promise, '2024-01-01', [], vellinge)[0]).toBe('overdue');
  });

  it('is next due by the ready-by day n years after the year of the last renewal', () => {
    expect(row(promise, '2025-06-01', ['2023-11-20'], vellinge)).toEqual(['met', '2025-12-31', '2023-11-20', '2023-11-20–2025-12-31']);
    expect(row(promise, '2025-10-02', ['2023-11-20'], vellinge)[0]).toBe('due');
    expect(row(promise, '2026-01-01', ['2023-11-20'], vellinge)[0]).toBe('overdue');
  });

  it('asks for no renewal beyond the period', () => {
    expect(row(promise, '2026-06-01', ['2023-11-20', '2025-12-10'], vellinge)).toEqual(['met', null, '2025-12-10', '2025-12-10–2026-12-31']);
  });

  it('is first due the next year when the ready-by day comes before the period starts', () => {
    expect(row({ ...promise, readyBy: '06-30' }, '2023-08-01', [], { from: '2023-07-01', to: '2026-12-31' })[1]).toBe('2024-06-30');
  });
});

describe('obligations met by annex versions in force', () => {
  const withAnnexes = (
    obligation: Obligation,
    done: readonly string[],
    valid: readonly { kind: 'situationPicture' | 'actionPlan' | 'citizenPromise'; validFrom: string }[],
  ) => ({
    ...subject(obligation, done),
    validAnnexVersions: valid,
  });
  const first = (s: ReturnType<typeof withAnnexes>, today: string) => {
    const [r] = obligationStatuses(s, today);
    return [r!.status, r!.dueBy, r!.lastFulfilledOn];
  };

  it('a situation picture valid from a day is the situation picture updated that day, with no fulfilment recorded', () => {
    expect(first(withAnnexes(situationPicture, [], [{ kind: 'situationPicture', validFrom: '2023-05-10' }]), '2023-09-01')).toEqual([
      'met',
      '2024-05-10',
      '2023-05-10',
    ]);
  });

  it('a decision and a fulfilment recorded for it on the same day count once', () => {
    const both = withAnnexes(situationPicture, ['2023-05-10'], [{ kind: 'situationPicture', validFrom: '2023-05-10' }]);
    expect(first(both, '2023-09-01')).toEqual(['met', '2024-05-10', '2023-05-10']);
  });

  it('the later of a recorded fulfilment and a valid version counts', () => {
    expect(first(withAnnexes(situationPicture, ['2023-02-01'], [{ kind: 'situationPicture', validFrom: '2023-05-10' }]), '2023-09-01')[2]).toBe(
      '2023-05-10',
    );
    expect(first(withAnnexes(situationPicture, ['2023-08-01'], [{ kind: 'situationPicture', validFrom: '2023-05-10' }]), '2023-09-01')[2]).toBe(
      '2023-08-01',
    );
  });

  it('a version of another kind of annex does not meet it', () => {
    expect(first(withAnnexes(situationPicture, [], [{ kind: 'actionPlan', validFrom: '2023-05-10' }]), '2023-09-01')[0]).toBe('notYetDue');
  });

  it('a version valid only after the day asked about does not count yet', () => {
    expect(first(withAnnexes(situationPicture, [], [{ kind: 'situationPicture', validFrom: '2023-10-01' }]), '2023-09-01')[2]).toBeNull();
  });

  it('a citizen promise in force renews the promise', () => {
    const promise: CitizenPromiseRenewalObligation = {
      kind: 'citizenPromiseRenewal',
      everyYears: 1,
      readyBy: '12-31',
      description: 'Medborgarlöftet förnyas varje år.',
    };
    expect(first(withAnnexes(promise, [], [{ kind: 'citizenPromise', validFrom: '2023-12-01' }]), '2023-12-15')).toEqual([
      'met',
      '2024-12-31',
      '2023-12-01',
    ]);
  });

  it('an action plan in force follows up the action plan', () => {
    const followUp: RecurringObligation = { kind: 'actionPlanFollowUp', everyYears: 1, description: 'Åtgärdsplanen följs upp varje år.' };
    expect(first(withAnnexes(followUp, [], [{ kind: 'actionPlan', validFrom: '2023-04-01' }]), '2023-06-01')).toEqual(['met', '2024-04-01', '2023-04-01']);
  });
});
