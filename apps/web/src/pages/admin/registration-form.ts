import type {
  ChildImpactAssessmentPolicy,
  ObligationKind,
  ObligationRequest,
  PartyKind,
  RegisterAgreementRequest,
  ReportRecipient,
  TransitionKind,
} from '../../api/schema';
import { TRANSITION_KINDS } from '../../api/schema';

export interface PartyRow {
  /** React's key for the row, so removing a row keeps what was typed in the others. */
  readonly rowId: number;
  readonly partyId: string;
  readonly name: string;
  readonly kind: PartyKind;
  readonly organisationNumber: string;
  /** Who signed for the party, by function ("Kommunstyrelsens ordförande"), and when; both empty when not known. */
  readonly signatoryFunction: string;
  readonly signedOn: string;
}

/** A member of the council or the operative group: a function of one of the parties. */
export interface MemberRow {
  readonly rowId: number;
  /** The row id of the party (the party's own id may still be typed). */
  readonly partyRowId: number;
  readonly function: string;
}

export interface ObligationRow {
  readonly rowId: number;
  readonly kind: ObligationKind | '';
  readonly description: string;
  readonly source: string;
  readonly perYear: string;
  /** Meetings: the body also meets as needed. */
  readonly alsoAsNeeded: boolean;
  readonly everyYears: string;
  readonly firstDueBy: string;
  readonly readyBy: string;
  readonly dueBy: string;
  readonly to: readonly ReportRecipient[];
}

export interface RegistrationForm {
  readonly agreementId: string;
  readonly name: string;
  readonly municipality: string;
  readonly parties: readonly PartyRow[];
  readonly from: string;
  readonly to: string;
  readonly councilName: string;
  /** The row id of the party that chairs the council; null when the agreement names none. */
  readonly chairPartyRowId: number | null;
  readonly councilMembers: readonly MemberRow[];
  readonly operativeGroupName: string;
  readonly operativeGroupMembers: readonly MemberRow[];
  /** False: the API's default policy (the council decides every step forward) applies. */
  readonly customPolicy: boolean;
  readonly decisionRequired: Readonly<Record<TransitionKind, boolean>>;
  readonly childImpactAssessment: ChildImpactAssessmentPolicy;
  readonly baselineMayFollow: boolean;
  readonly obligations: readonly ObligationRow[];
}

/** The cadence an obligation of each kind is described by: which inputs the form shows for it. */
export type CadenceField = 'perYear' | 'everyYears' | 'firstDueBy' | 'readyBy' | 'dueBy' | 'to';
export const CADENCE_FIELDS: Readonly<Record<ObligationKind, readonly CadenceField[]>> = {
  councilMeetings: ['perYear'],
  operativeGroupMeetings: ['perYear'],
  agreementFollowUp: ['everyYears', 'firstDueBy'],
  situationPictureUpdate: ['everyYears', 'firstDueBy'],
  actionPlanFollowUp: ['everyYears', 'firstDueBy'],
  citizenPromiseRenewal: ['everyYears', 'readyBy'],
  outcomeReport: [],
  annualReport: ['to'],
  agreementRenewal: ['dueBy'],
};

let nextRowId = 1;
const rowId = () => nextRowId++;

export const emptyParty = (kind: PartyKind = 'other'): PartyRow => ({
  rowId: rowId(),
  partyId: '',
  name: '',
  kind,
  organisationNumber: '',
  signatoryFunction: '',
  signedOn: '',
});

export const emptyMember = (partyRowId: number): MemberRow => ({ rowId: rowId(), partyRowId, function: '' });

/** The default for new agreements: a child impact assessment where a focus area concerns children and young people. */
export const DEFAULT_CHILD_IMPACT_ASSESSMENT: ChildImpactAssessmentPolicy = 'childrenAndYoungPeople';

export const emptyObligation = (): ObligationRow => ({
  rowId: rowId(),
  kind: '',
  description: '',
  source: '',
  perYear: '',
  alsoAsNeeded: false,
  everyYears: '',
  firstDueBy: '',
  readyBy: '',
  dueBy: '',
  to: [],
});

/** A new agreement has the municipality and the local police area at least. */
export const emptyRegistration = (): RegistrationForm => ({
  agreementId: '',
  name: '',
  municipality: '',
  parties: [emptyParty('municipality'), emptyParty('localPoliceArea')],
  from: '',
  to: '',
  councilName: '',
  chairPartyRowId: null,
  councilMembers: [],
  operativeGroupName: '',
  operativeGroupMembers: [],
  customPolicy: false,
  decisionRequired: Object.fromEntries(TRANSITION_KINDS.map((kind) => [kind, true])) as Record<TransitionKind, boolean>,
  childImpactAssessment: DEFAULT_CHILD_IMPACT_ASSESSMENT,
  baselineMayFollow: false,
  obligations: [],
});

const optional = <K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> =>
  value === undefined || value === '' ? {} : ({ [key]: value } as Record<K, V>);

/** A number the user typed, or the text itself, so the API names a field that is not a whole number. */
const count = (text: string): number | string | undefined => {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  return /^\d+$/.test(trimmed) ? Number(trimmed) : trimmed;
};

const obligationRequest = (row: ObligationRow): ObligationRequest => {
  const fields = row.kind === '' ? [] : CADENCE_FIELDS[row.kind];
  const has = (field: CadenceField) => fields.includes(field);
  return {
    kind: row.kind as ObligationKind,
    description: row.description.trim(),
    ...optional('source', row.source.trim()),
    ...(has('perYear') ? optional('perYear', count(row.perYear) as number) : {}),
    ...(has('perYear') && row.alsoAsNeeded ? { alsoAsNeeded: true } : {}),
    ...(has('everyYears') ? optional('everyYears', count(row.everyYears) as number) : {}),
    ...(has('firstDueBy') ? optional('firstDueBy', row.firstDueBy) : {}),
    ...(has('readyBy') ? optional('readyBy', row.readyBy.trim()) : {}),
    ...(has('dueBy') ? optional('dueBy', row.dueBy) : {}),
    ...(has('to') ? { to: [...row.to] } : {}),
    ...(row.kind === 'outcomeReport' ? { after: 'period' as const } : {}),
  };
};

const partyIdOfRow = (form: RegistrationForm, partyRowId: number | null): string => form.parties.find((p) => p.rowId === partyRowId)?.partyId.trim() ?? '';

const members = (form: RegistrationForm, rows: readonly MemberRow[]) =>
  rows.map((m) => ({ partyId: partyIdOfRow(form, m.partyRowId), function: m.function.trim() }));

/** Only what differs from the default is sent; the API writes the whole policy into the event. */
const policyRequest = (form: RegistrationForm): RegisterAgreementRequest['policy'] => {
  const policy = {
    ...(form.customPolicy ? { decisionRequired: { ...form.decisionRequired } } : {}),
    ...(form.childImpactAssessment !== DEFAULT_CHILD_IMPACT_ASSESSMENT ? { childImpactAssessment: form.childImpactAssessment } : {}),
    ...(form.baselineMayFollow ? { baselineMayFollow: true } : {}),
  };
  return Object.keys(policy).length > 0 ? policy : undefined;
};

const signatoriesOf = (form: RegistrationForm) =>
  form.parties
    .filter((p) => p.signatoryFunction.trim() !== '' || p.signedOn !== '')
    .map((p) => ({ partyId: p.partyId.trim(), function: p.signatoryFunction.trim(), signedOn: p.signedOn }));

/** The request as the API takes it; the API judges it, the form only leaves out what is empty. */
export const toRequest = (form: RegistrationForm): RegisterAgreementRequest => ({
  agreementId: form.agreementId.trim(),
  name: form.name.trim(),
  municipality: form.municipality.trim(),
  parties: form.parties.map((p) => ({
    partyId: p.partyId.trim(),
    name: p.name.trim(),
    kind: p.kind,
    ...optional('organisationNumber', p.organisationNumber.trim()),
  })),
  period: { from: form.from, to: form.to },
  council: {
    name: form.councilName.trim(),
    ...(form.chairPartyRowId !== null ? { chairPartyId: partyIdOfRow(form, form.chairPartyRowId) } : {}),
    ...(form.councilMembers.length > 0 ? { members: members(form, form.councilMembers) } : {}),
  },
  ...(form.operativeGroupName.trim()
    ? {
        operativeGroup: {
          name: form.operativeGroupName.trim(),
          ...(form.operativeGroupMembers.length > 0 ? { members: members(form, form.operativeGroupMembers) } : {}),
        },
      }
    : {}),
  ...(signatoriesOf(form).length > 0 ? { signatories: signatoriesOf(form) } : {}),
  ...optional('policy', policyRequest(form)),
  ...(form.obligations.length > 0 ? { obligations: form.obligations.map(obligationRequest) } : {}),
});

/** Signatories are sent for the parties whose signatory was filled in, in the parties' order: the index the API names. */
export const signatoryIndexOf = (form: RegistrationForm) => {
  const signed = form.parties.filter((p) => p.signatoryFunction.trim() !== '' || p.signedOn !== '');
  return (partyIndex: number) => signed.indexOf(form.parties[partyIndex] as PartyRow);
};

/** Every field key the form shows, in the order on the page: where the API's problems can be placed. */
export const formFields = (form: RegistrationForm): string[] => [
  'agreementId',
  'name',
  'municipality',
  'parties',
  ...form.parties.flatMap((_, i) => {
    const s = signatoryIndexOf(form)(i);
    return [
      `parties.${i}.partyId`,
      `parties.${i}.name`,
      `parties.${i}.kind`,
      `parties.${i}.organisationNumber`,
      ...(s >= 0 ? [`signatories.${s}.function`, `signatories.${s}.signedOn`, `signatories.${s}.partyId`] : []),
    ];
  }),
  'period.from',
  'period.to',
  'council.name',
  'council.chairPartyId',
  ...form.councilMembers.flatMap((_, i) => [`council.members.${i}.partyId`, `council.members.${i}.function`]),
  'operativeGroup.name',
  ...form.operativeGroupMembers.flatMap((_, i) => [`operativeGroup.members.${i}.partyId`, `operativeGroup.members.${i}.function`]),
  ...(form.customPolicy ? ['policy.decisionRequired'] : []),
  'policy.childImpactAssessment',
  ...form.obligations.flatMap((row, i) => [
    `obligations.${i}.kind`,
    `obligations.${i}.description`,
    ...(row.kind === '' ? [] : CADENCE_FIELDS[row.kind].map((f) => `obligations.${i}.${f}`)),
    `obligations.${i}.source`,
  ]),
];

/**
 * The hints the form gives before sending: what is required and left empty. Everything else (the
 * id's shape, organisation numbers, the period, each obligation's cadence) the API judges.
 */
export const missingFields = (form: RegistrationForm): Record<string, string> => {
  const missing: Record<string, string> = {};
  const need = (field: string, value: string, message: string) => {
    if (value.trim() === '') missing[field] = message;
  };
  need('agreementId', form.agreementId, 'Ange ett id för överenskommelsen, till exempel lomma-2023-2027.');
  need('name', form.name, 'Ange överenskommelsens titel.');
  need('municipality', form.municipality, 'Ange kommunen.');
  form.parties.forEach((p, i) => {
    need(`parties.${i}.partyId`, p.partyId, `Ange ett id för part ${i + 1}, till exempel lomma-kommun.`);
    need(`parties.${i}.name`, p.name, `Ange namnet på part ${i + 1}.`);
  });
  need('period.from', form.from, 'Ange när överenskommelsen börjar gälla.');
  need('period.to', form.to, 'Ange när överenskommelsen slutar gälla.');
  form.parties.forEach((p, i) => {
    const s = signatoryIndexOf(form)(i);
    if (s < 0) return;
    need(
      `signatories.${s}.function`,
      p.signatoryFunction,
      `Ange vilken funktion som skrev under för part ${i + 1}, till exempel Kommunstyrelsens ordförande.`,
    );
    need(`signatories.${s}.signedOn`, p.signedOn, `Ange när part ${i + 1} skrev under.`);
  });
  need('council.name', form.councilName, 'Ange namnet på det strategiska rådet, till exempel Trygghetsrådets styrgrupp.');
  form.councilMembers.forEach((m, i) => need(`council.members.${i}.function`, m.function, `Ange ledamot ${i + 1}:s funktion i rådet.`));
  form.operativeGroupMembers.forEach((m, i) =>
    need(`operativeGroup.members.${i}.function`, m.function, `Ange ledamot ${i + 1}:s funktion i den operativa gruppen.`),
  );
  form.obligations.forEach((o, i) => {
    need(`obligations.${i}.kind`, o.kind, `Välj vilket slags åtagande nummer ${i + 1} är.`);
    need(`obligations.${i}.description`, o.description, `Beskriv åtagande ${i + 1}.`);
  });
  return missing;
};

/** The Swedish sentence for a field the API refused with a 400, by the field's last name. */
export const REGISTRATION_MESSAGES: Readonly<Record<string, string>> = {
  agreementId: 'Id:t får bara innehålla små bokstäver a–z, siffror och bindestreck, till exempel lomma-2023-2027.',
  partyId: 'Partens id får bara innehålla små bokstäver a–z, siffror och bindestreck, till exempel lomma-kommun.',
  name: 'Ange ett namn (högst 200 tecken, titeln högst 300).',
  municipality: 'Ange kommunen (högst 100 tecken).',
  parties: 'En samverkansöverenskommelse måste ha minst två parter.',
  organisationNumber: 'Ange organisationsnumret som NNNNNN-NNNN, till exempel 202100-0076.',
  from: 'Ange ett datum som ÅÅÅÅ-MM-DD.',
  to: 'Ange ett datum som ÅÅÅÅ-MM-DD.',
  period: 'Ange periodens start- och slutdatum.',
  council: 'Ange namnet på det strategiska rådet.',
  kind: 'Välj ett av alternativen.',
  description: 'Beskriv åtagandet (högst 500 tecken).',
  source: 'Citatet får vara högst 2 000 tecken.',
  perYear: 'Ange hur många gånger per år, som ett heltal från 1.',
  everyYears: 'Ange hur många års mellanrum, som ett heltal från 1.',
  firstDueBy: 'Ange ett datum som ÅÅÅÅ-MM-DD.',
  dueBy: 'Ange ett datum som ÅÅÅÅ-MM-DD.',
  readyBy: 'Ange dagen på året som MM-DD, till exempel 12-31.',
  function: 'Ange en funktion (högst 200 tecken), aldrig en persons namn eller personnummer.',
  signedOn: 'Ange ett datum som ÅÅÅÅ-MM-DD.',
  chairPartyId: 'Välj en av parterna.',
};
