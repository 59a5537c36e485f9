import { describe, it, expect } from '@jest/globals';
import type { AgreementRenewalObligation, OutcomeReportObligation } from '@samverkan/agreements';
import { obligationStatuses } from './obligation-statuses.query.js';
import { subject } from '../testing/obligation-subject.js';

const row = (obligation: OutcomeReportObligation | AgreementRenewalObligation, today: string, done: readonly string[] = []) => {
  const [first] = obligationStatuses(subject(obligation, done), today);
  return [first!.status, first!.dueBy, first!.lastFulfilledOn, first!.periodLabel];
};

describe('outcome report (after the period)', () => {
  const report: OutcomeReportObligation = { kind: 'outcomeReport', after: 'period', description: 'En rapport om resultatet görs efter perioden.' };

  it("is not yet due on the period's last day", () => {
    expect(row(report, '2027-12-31')).toEqual(['notYetDue', '2028-03-30', null, 'efter 2027-12-31']);
  });

  it('is due from the day after the period for 90 days', () => {
    expect(row(report, '2028-01-01')[0]).toBe('due');
    expect(row(report, '2028-03-30')[0]).toBe('due');
  });

  it('is overdue on the 91st day', () => {
    expect(row(report, '2028-03-31')[0]).toBe('overdue');
  });

  it('is met by a report made after the period', () => {
    expect(row(report, '2028-06-01', ['2028-02-15'])).toEqual(['met', '2028-03-30', '2028-02-15', 'efter 2027-12-31']);
  });

  it('is not met by a report made before the period ended', () => {
    expect(row(report, '2028-01-10', ['2027-11-01'])[0]).toBe('due');
  });
});

describe('agreement renewal (by a date)', () => {
  const renewal: AgreementRenewalObligation = {
    kind: 'agreementRenewal',
    dueBy: '2027-12-31',
    description: 'En ny samverkansöverenskommelse tas fram under 2027.',
  };

  it('is not yet due until 90 days before the date', () => {
    expect(row(renewal, '2027-10-01')).toEqual(['notYetDue', '2027-12-31', null, 'senast 2027-12-31']);
    expect(row(renewal, '2027-10-02')[0]).toBe('due');
  });

  it('is overdue the day after the date', () => {
    expect(row(renewal, '2028-01-01')[0]).toBe('overdue');
  });

  it('is met once a new agreement is recorded', () => {
    expect(row(renewal, '2028-01-01', ['2027-11-20'])).toEqual(['met', '2027-12-31', '2027-11-20', 'senast 2027-12-31']);
  });
});
