/**
 * The Swedish words an official reads for a request field in a refusal ("Fältet ”motivering”
 * måste fyllas i."), where a rule is given the API's field path rather than a label of its own.
 * One home: the shared text rules (required text, personnummer, length) name fields through it.
 * A string that is not a known path (a rule given its Swedish label already) is returned as it is.
 */
const FIELD_SV: Readonly<Record<string, string>> = {
  title: 'titel',
  text: 'text',
  reason: 'skäl',
  grounds: 'motivering',
  name: 'namn',
  municipality: 'kommun',
  function: 'funktion',
  description: 'beskrivning',
  source: 'källa',
  note: 'anteckning',
  notes: 'anteckningar',
  changes: 'ändringar',
  userId: 'konto',
  agreementId: 'överenskommelsens id',
  focusAreaId: 'fokusområdets id',
  annexId: 'bilagans id',
  amendmentId: 'ändringens id',
  overallGoalId: 'övergripande mål',
  partyId: 'partens id',
  fileName: 'filnamn',
  decidedOn: 'beslutsdag',
  signedOn: 'dag för underskrift',
  'council.name': 'rådets namn',
  'operativeGroup.name': 'operativa gruppens namn',
};

/** A list's element, as "(part 2)" after the field's own word. */
const ITEM_SV: Readonly<Record<string, string>> = {
  parties: 'part',
  obligations: 'åtagande',
  files: 'fil',
  signatories: 'undertecknare',
  members: 'ledamot',
  focusAreas: 'fokusområde',
  notes: 'anteckning',
  changes: 'ändring',
};

const INDEXED = /^(\w+)\[(\d+)\]$/;

export const fieldLabelSv = (field: string): string => {
  const whole = FIELD_SV[field];
  if (whole !== undefined) return whole;
  const segments = field.split('.');
  const last = segments.at(-1)!;
  const lastTwo = segments.slice(-2).join('.');
  const word = FIELD_SV[lastTwo] ?? FIELD_SV[last];
  if (word === undefined || INDEXED.test(last)) return field;
  const items = segments.flatMap((segment) => {
    const [, list, index] = INDEXED.exec(segment) ?? [];
    return list !== undefined && ITEM_SV[list] !== undefined ? [`${ITEM_SV[list]} ${Number(index) + 1}`] : [];
  });
  return items.length === 0 ? word : `${word} (${items.join(', ')})`;
};
