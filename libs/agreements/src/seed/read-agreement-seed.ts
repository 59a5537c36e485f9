import { DEFAULT_DECISION_POLICY, type DecisionPolicy } from '@samverkan/cycle';
import { PARTY_KINDS, type Party } from '../party.js';
import { AGREEMENT_ROLES } from '../roles.js';
import type { AgreementSeed, FocusAreaSeed, RoleSeed } from './agreement-seed.js';
import { optional, readArray, readBoolean, readObject, readOneOf, readOptionalString, readString } from './json-reader.js';
import { readObligation } from './read-obligation.js';

const TOP_LEVEL = [
  'agreementId',
  'name',
  'municipality',
  'parties',
  'period',
  'council',
  'operativeGroup',
  'policy',
  'obligations',
  'focusAreas',
  'roles',
  'notes',
];

const readParty = (value: unknown, field: string): Party => {
  const p = readObject(value, field, ['partyId', 'name', 'kind', 'organisationNumber']);
  return {
    partyId: readString(p.partyId, `${field}.partyId`),
    name: readString(p.name, `${field}.name`),
    kind: readOneOf(p.kind, `${field}.kind`, PARTY_KINDS),
    ...optional('organisationNumber', readOptionalString(p.organisationNumber, `${field}.organisationNumber`)),
  };
};

const readNamed = (value: unknown, field: string): { name: string } => ({
  name: readString(readObject(value, field, ['name']).name, `${field}.name`),
});

/** The transition kinds are the cycle's; the default policy names every one of them. */
const readPolicy = (value: unknown, field: string): DecisionPolicy => {
  const kinds = Object.keys(DEFAULT_DECISION_POLICY.decisionRequired) as (keyof DecisionPolicy['decisionRequired'])[];
  const required = readObject(readObject(value, field, ['decisionRequired']).decisionRequired, `${field}.decisionRequired`, kinds);
  const decisionRequired = { ...DEFAULT_DECISION_POLICY.decisionRequired };
  for (const kind of kinds) {
    decisionRequired[kind] = readBoolean(required[kind], `${field}.decisionRequired.${kind}`);
  }
  return { decisionRequired };
};

const readFocusArea = (value: unknown, field: string): FocusAreaSeed => {
  const f = readObject(value, field, ['focusAreaId', 'title', 'description', 'childrenAndYoungPeople']);
  return {
    focusAreaId: readString(f.focusAreaId, `${field}.focusAreaId`),
    title: readString(f.title, `${field}.title`),
    description: readString(f.description, `${field}.description`),
    childrenAndYoungPeople: readBoolean(f.childrenAndYoungPeople, `${field}.childrenAndYoungPeople`),
  };
};

const readRole = (value: unknown, field: string): RoleSeed => {
  const r = readObject(value, field, ['username', 'role', 'partyId', 'function']);
  return {
    username: readString(r.username, `${field}.username`),
    role: readOneOf(r.role, `${field}.role`, AGREEMENT_ROLES),
    ...optional('partyId', readOptionalString(r.partyId, `${field}.partyId`)),
    function: readString(r.function, `${field}.function`),
  };
};

/** The shape of a seed file, field by field; the content is judged by the decider's rules afterwards. */
export const readAgreementSeed = (json: unknown): AgreementSeed => {
  const s = readObject(json, '', TOP_LEVEL);
  const period = readObject(s.period, 'period', ['from', 'to']);
  return {
    agreementId: readString(s.agreementId, 'agreementId'),
    name: readString(s.name, 'name'),
    municipality: readString(s.municipality, 'municipality'),
    parties: readArray(s.parties, 'parties', readParty),
    period: { from: readString(period.from, 'period.from'), to: readString(period.to, 'period.to') },
    council: readNamed(s.council, 'council'),
    ...optional('operativeGroup', s.operativeGroup === undefined ? undefined : readNamed(s.operativeGroup, 'operativeGroup')),
    ...optional('policy', s.policy === undefined ? undefined : readPolicy(s.policy, 'policy')),
    obligations: readArray(s.obligations, 'obligations', readObligation),
    focusAreas: readArray(s.focusAreas, 'focusAreas', readFocusArea),
    roles: readArray(s.roles, 'roles', readRole),
    ...optional('notes', s.notes === undefined ? undefined : readArray(s.notes, 'notes', readString)),
  };
};
