import type { Obligation } from './obligation.js';
import { REPORT_RECIPIENTS } from './obligation.js';
import { isIsoDate, isMonthDay } from '@samverkan/shared-kernel';

const positiveInteger = (n: number): boolean => Number.isInteger(n) && n > 0;

/** What is wrong with one obligation, in Swedish, or undefined when it is well formed. */
export const obligationProblem = (obligation: Obligation): string | undefined => {
  if (obligation.description.trim() === '') return 'beskrivning saknas';
  switch (obligation.kind) {
    case 'councilMeetings':
    case 'operativeGroupMeetings':
      return positiveInteger(obligation.perYear) ? undefined : 'antal möten per år måste vara ett positivt heltal';
    case 'agreementFollowUp':
    case 'situationPictureUpdate':
    case 'actionPlanFollowUp':
      if (!positiveInteger(obligation.everyYears)) return 'intervallet i år måste vara ett positivt heltal';
      return obligation.firstDueBy === undefined || isIsoDate(obligation.firstDueBy) ? undefined : 'första förfallodag måste vara ett datum (ÅÅÅÅ-MM-DD)';
    case 'citizenPromiseRenewal':
      if (!positiveInteger(obligation.everyYears)) return 'intervallet i år måste vara ett positivt heltal';
      return isMonthDay(obligation.readyBy) ? undefined : 'klart-senast måste vara en dag på året (MM-DD)';
    case 'outcomeReport':
      return obligation.after === 'period' ? undefined : 'resultatrapporten görs efter perioden';
    case 'annualReport':
      if (obligation.to.length === 0) return 'minst en mottagare krävs';
      if (new Set(obligation.to).size !== obligation.to.length) return 'samma mottagare är angiven flera gånger';
      return obligation.to.every((r) => REPORT_RECIPIENTS.includes(r)) ? undefined : 'okänd mottagare';
    case 'agreementRenewal':
      return isIsoDate(obligation.dueBy) ? undefined : 'förfallodag måste vara ett datum (ÅÅÅÅ-MM-DD)';
    default: {
      const unknown: never = obligation;
      return `okänd sorts åtagande: ${String((unknown as { kind?: unknown }).kind)}`;
    }
  }
};
