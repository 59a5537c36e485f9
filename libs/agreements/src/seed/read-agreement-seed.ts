import { CHILD_IMPACT_ASSESSMENT_POLICIES, DEFAULT_DECISION_POLICY, type DecisionPolicy } from '@samverkan/cycle';
import { PARTY_KINDS, type Party } from '../party.js';
import { DECISION_RULES, type BodyMember, type Council, type OperativeGroup, type Signatory } from '../terms.js';
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
  'signatories',
  'decisionRule',
  'obligations',
  'focusAreas',
  'roles',
  'notes',
  'publicPage',
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

const readMember = (value: unknown, field: string): BodyMember => {
  const m = readObject(value, field, ['partyId', 'function']);
  return { partyId: readString(m.partyId, `${field}.partyId`), function: readString(m.function, `${field}.function`) };
};

const readSignatory = (value: unknown, field: string): Signatory => {
  const s = readObject(value, field, ['partyId', 'function', 'signedOn']);
  return {
    partyId: readString(s.partyId, `${field}.partyId`),
    function: readString(s.function, `${field}.function`),
    signedOn: readString(s.signedOn, `${field}.signedOn`),
  };
};

const readMembers = (value: unknown, field: string) => optional('members', value === undefined ? undefined : readArray(value, field, readMember));

const readCouncil = (value: unknown, field: string): Council => {
  const c = readObject(value, field, ['name', 'chairPartyId', 'members']);
  return {
    name: readString(c.name, `${field}.name`),
    ...optional('chairPartyId', readOptionalString(c.chairPartyId, `${field}.chairPartyId`)),
    ...readMembers(c.members, `${field}.members`),
  };
};

const readOperativeGroup = (value: unknown, field: string): OperativeGroup => {
  const g = readObject(value, field, ['name', 'members']);
  return { name: readString(g.name, `${field}.name`), ...readMembers(g.members, `${field}.members`) };
};

/** The transition kinds are the cycle's; the default policy names every one of them. */
const readPolicy = (value: unknown, field: string): DecisionPolicy => {
  const kinds = Object.keys(DEFAULT_DECISION_POLICY.decisionRequired) as (keyof DecisionPolicy['decisionRequired'])[];
  const policy = readObject(value, field, ['decisionRequired', 'childImpactAssessment', 'baselineMayFollow']);
  const required = readObject(policy.decisionRequired, `${field}.decisionRequired`, kinds);
  const decisionRequired = { ...DEFAULT_DECISION_POLICY.decisionRequired };
  for (const kind of kinds) {
    decisionRequired[kind] = readBoolean(required[kind], `${field}.decisionRequired.${kind}`);
  }
  return {
    decisionRequired,
    ...optional(
      'childImpactAssessment',
      policy.childImpactAssessment === undefined
        ? undefined
        : readOneOf(policy.childImpactAssessment, `${field}.childImpactAssessment`, CHILD_IMPACT_ASSESSMENT_POLICIES),
    ),
    ...optional(
      'baselineMayFollow',
      policy.baselineMayFollow === undefined ? undefined : readBoolean(policy.baselineMayFollow, `${field}.baselineMayFollow`),
    ),
  };
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
    council: readCouncil(s.council, 'council'),
    ...optional('operativeGroup', s.operativeGroup === undefined ? undefined : readOperativeGroup(s.operativeGroup, 'operativeGroup')),
    ...optional('policy', s.policy === undefined ? undefined : readPolicy(s.policy, 'policy')),
    ...optional('signatories', s.signatories === undefined ? undefined : readArray(s.signatories, 'signatories', readSignatory)),
    ...optional('decisionRule', s.decisionRule === undefined ? undefined : readOneOf(s.decisionRule, 'decisionRule', DECISION_RULES)),
    obligations: readArray(s.obligations, 'obligations', readObligation),
    focusAreas: readArray(s.focusAreas, 'focusAreas', readFocusArea),
    roles: readArray(s.roles, 'roles', readRole),
    ...optional('notes', s.notes === undefined ? undefined : readArray(s.notes, 'notes', readString)),
    ...optional('publicPage', s.publicPage === undefined ? undefined : readBoolean(s.publicPage, 'publicPage')),
  };
};
