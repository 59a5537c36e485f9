import type { AgreementDetail, AmendmentChange, AmendmentStatus, Obligation, Party, TransitionKind } from '../../api/schema';
import { formatDate } from '../../ui/format';
import { listSv, partyName, TRANSITION_LABEL } from '../../ui/labels';

type Policy = AgreementDetail['agreement']['policy'];

/** "4 gånger per år och vid behov": a meetings obligation as the agreement says it. */
export const meetingsSentence = (obligation: Obligation): string =>
  `${obligation.perYear ?? '?'} ${obligation.perYear === 1 ? 'gång' : 'gånger'} per år${obligation.alsoAsNeeded ? ' och därutöver vid behov' : ''}`;

/** The meetings the agreement sets for one body, or null when it sets none. */
export const meetingsOf = (obligations: readonly Obligation[], kind: 'councilMeetings' | 'operativeGroupMeetings'): string | null => {
  const found = obligations.find((o) => o.kind === kind);
  return found ? meetingsSentence(found) : null;
};

const TRANSITION_ORDER: readonly TransitionKind[] = ['prioritise', 'advance', 'close', 'newCycle', 'stepBack'];

/**
 * The policy in plain Swedish, one sentence each: which moves need the council's decision, when a
 * child impact assessment is due (absent on older agreements: before measures in every focus
 * area, the rule then in force), and whether a baseline may follow.
 */
export const policySentences = (policy: Policy): string[] => {
  const decided = TRANSITION_ORDER.filter((kind) => policy.decisionRequired[kind]).map((kind) => TRANSITION_LABEL[kind]);
  const recorded = TRANSITION_ORDER.filter((kind) => !policy.decisionRequired[kind]).map((kind) => TRANSITION_LABEL[kind]);
  const childImpact = policy.childImpactAssessment ?? 'everyFocusArea';
  return [
    decided.length > 0 ? `Det strategiska rådet beslutar om: ${listSv(decided)}.` : 'Inga övergångar kräver rådets beslut.',
    ...(recorded.length > 0 ? [`Samordnaren registrerar utan rådets beslut: ${listSv(recorded)}.`] : []),
    {
      everyFocusArea: 'En barnkonsekvensanalys ska göras i varje fokusområde innan åtgärder beslutas.',
      childrenAndYoungPeople: 'En barnkonsekvensanalys ska göras innan åtgärder beslutas i fokusområden som rör barn och unga.',
      never: 'Överenskommelsen kräver ingen barnkonsekvensanalys.',
    }[childImpact],
    policy.baselineMayFollow
      ? 'Ett mål får sättas innan utgångsvärdet är uppmätt; utgångsvärdet ska mätas innan utvärderingen.'
      : 'Ett mål ska ha ett uppmätt utgångsvärde när det sätts.',
  ];
};

/** One change of an amendment as a sentence; parties are named by the agreement's latest list. */
export const changeSentence = (change: AmendmentChange, parties: readonly Party[]): string => {
  switch (change.kind) {
    case 'addParty':
      return `${change.party?.name ?? 'En ny part'} blir part${change.signatory ? `, undertecknad av ${change.signatory.function} ${formatDate(change.signatory.signedOn)}` : ''}`;
    case 'removeParty':
      return `${partyName(parties, change.partyId ?? '')} utträder ur överenskommelsen`;
    case 'changePeriod':
      return change.period ? `Perioden blir ${formatDate(change.period.from)}–${formatDate(change.period.to)}` : 'Perioden ändras';
    case 'changeCouncil':
      return `Det strategiska rådet ändras${change.council ? ` (${change.council.name})` : ''}`;
    case 'changeOperativeGroup':
      return `Den operativa gruppen ändras${change.operativeGroup ? ` (${change.operativeGroup.name})` : ''}`;
    case 'changePolicy':
      return 'Beslutsordningen ändras';
  }
};

export const AMENDMENT_STATUS_LABEL: Readonly<Record<AmendmentStatus, string>> = {
  pending: 'Väntar på parternas beslut',
  decided: 'Beslutad av alla parter',
  rejected: 'Avslagen',
};
