import { describe, it, expect } from '@jest/globals';
import type { Obligation } from './obligation.js';
import { obligationProblem } from './obligation-problems.js';

const description = 'Beskrivning';

describe('obligation problems', () => {
  it.each<Obligation>([
    { kind: 'councilMeetings', perYear: 4, description },
    { kind: 'operativeGroupMeetings', perYear: 6, description },
    { kind: 'agreementFollowUp', everyYears: 1, firstDueBy: '2024-12-31', description },
    { kind: 'situationPictureUpdate', everyYears: 2, description },
    { kind: 'actionPlanFollowUp', everyYears: 2, description },
    { kind: 'citizenPromiseRenewal', everyYears: 2, readyBy: '12-31', description },
    { kind: 'outcomeReport', after: 'period', description },
    { kind: 'annualReport', to: ['kommunstyrelsen', 'lokalpolisområdeschef', 'lokalt BRÅ'], description },
    { kind: 'agreementRenewal', dueBy: '2027-12-31', description },
  ])('finds none in a well-formed $kind obligation', (obligation) => {
    expect(obligationProblem(obligation)).toBeUndefined();
  });

  it.each<[string, Obligation]>([
    ['no description', { kind: 'councilMeetings', perYear: 4, description: ' ' }],
    ['meetings a fractional number of times a year', { kind: 'councilMeetings', perYear: 2.5, description }],
    ['no meetings at all', { kind: 'operativeGroupMeetings', perYear: 0, description }],
    ['a cadence of zero years', { kind: 'situationPictureUpdate', everyYears: 0, description }],
    ['a first due date that is not a date', { kind: 'agreementFollowUp', everyYears: 1, firstDueBy: 'hösten 2024', description }],
    ['a citizen promise ready by no day of the year', { kind: 'citizenPromiseRenewal', everyYears: 2, readyBy: '12-32', description }],
    ['an annual report to nobody', { kind: 'annualReport', to: [], description }],
    ['an annual report to the same body twice', { kind: 'annualReport', to: ['kommunstyrelsen', 'kommunstyrelsen'], description }],
    ['a renewal due on an impossible date', { kind: 'agreementRenewal', dueBy: '2027-02-29', description }],
  ])('finds one in an obligation with %s', (_case, obligation) => {
    expect(obligationProblem(obligation)).toEqual(expect.any(String));
  });
});
