import { OBLIGATION_KINDS, REPORT_RECIPIENTS, type Obligation } from '../obligation.js';
import { optional, readArray, readBoolean, readNumber, readObject, readOneOf, readOptionalString, readString } from './json-reader.js';

const COMMON = ['kind', 'description', 'source'];

const FIELDS_OF: Readonly<Record<Obligation['kind'], readonly string[]>> = {
  councilMeetings: ['perYear', 'alsoAsNeeded'],
  operativeGroupMeetings: ['perYear', 'alsoAsNeeded'],
  agreementFollowUp: ['everyYears', 'firstDueBy'],
  situationPictureUpdate: ['everyYears', 'firstDueBy'],
  actionPlanFollowUp: ['everyYears', 'firstDueBy'],
  citizenPromiseRenewal: ['everyYears', 'readyBy'],
  outcomeReport: ['after'],
  annualReport: ['to'],
  agreementRenewal: ['dueBy'],
};

const OBLIGATION_FIELDS = [...new Set(Object.values(FIELDS_OF).flat())];

/** Reads the shape of one obligation; whether its numbers and dates make sense is the decider's rule. */
export const readObligation = (value: unknown, field: string): Obligation => {
  const kind = readOneOf(readObject(value, field, [...COMMON, ...OBLIGATION_FIELDS]).kind, `${field}.kind`, OBLIGATION_KINDS);
  const o = readObject(value, field, [...COMMON, ...FIELDS_OF[kind]]);
  const base = { description: readString(o.description, `${field}.description`), ...optional('source', readOptionalString(o.source, `${field}.source`)) };
  switch (kind) {
    case 'councilMeetings':
    case 'operativeGroupMeetings':
      return {
        kind,
        ...base,
        perYear: readNumber(o.perYear, `${field}.perYear`),
        ...optional('alsoAsNeeded', o.alsoAsNeeded === undefined ? undefined : readBoolean(o.alsoAsNeeded, `${field}.alsoAsNeeded`)),
      };
    case 'agreementFollowUp':
    case 'situationPictureUpdate':
    case 'actionPlanFollowUp':
      return {
        kind,
        ...base,
        everyYears: readNumber(o.everyYears, `${field}.everyYears`),
        ...optional('firstDueBy', readOptionalString(o.firstDueBy, `${field}.firstDueBy`)),
      };
    case 'citizenPromiseRenewal':
      return { kind, ...base, everyYears: readNumber(o.everyYears, `${field}.everyYears`), readyBy: readString(o.readyBy, `${field}.readyBy`) };
    case 'outcomeReport':
      return { kind, ...base, after: readOneOf(o.after, `${field}.after`, ['period'] as const) };
    case 'annualReport':
      return { kind, ...base, to: readArray(o.to, `${field}.to`, (r, f) => readOneOf(r, f, REPORT_RECIPIENTS)) };
    case 'agreementRenewal':
      return { kind, ...base, dueBy: readString(o.dueBy, `${field}.dueBy`) };
  }
};
