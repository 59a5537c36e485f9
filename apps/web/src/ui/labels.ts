import { STEP_LABEL_SV, TRANSITION_LABEL_SV } from '@samverkan/cycle-labels';
import type { AgreementRole, CauseFactor, MeasureBoardStatus, MeasureKind, Party, SourceKind, Step, TransitionKind } from '../api/schema';

/** The steps in the order a focus area runs through them: the API's `Step` enum, in the machine's order. */
export { STEP_ORDER } from '../api/schema';

/** As the API names them (`stepLabel`), lower case: "i steget kartläggning". The cycle lib's one table. */
export const STEP_LABEL: Readonly<Record<Step, string>> = STEP_LABEL_SV;

/** For headings and badges: "Kartläggning". */
export const stepTitle = (step: Step): string => capitalise(STEP_LABEL[step]);

export const TRANSITION_LABEL: Readonly<Record<TransitionKind, string>> = TRANSITION_LABEL_SV;

/** "Gå vidare till nästa steg: från kartläggning till analys". */
export const transitionSentence = (kind: TransitionKind, from: Step, to: Step): string =>
  `${capitalise(TRANSITION_LABEL[kind])}: från ${STEP_LABEL[from]} till ${STEP_LABEL[to]}`;

export const ROLE_LABEL: Readonly<Record<AgreementRole, string>> = {
  coordinator: 'Samordnare',
  councilRepresentative: 'Representant i det strategiska rådet',
  councilSubstitute: 'Ersättare i det strategiska rådet',
  auditor: 'Revisor',
};

export const MEASURE_STATUS_LABEL: Readonly<Record<MeasureBoardStatus, string>> = {
  green: 'Enligt plan',
  yellow: 'Risk för avvikelse',
  red: 'Avviker från plan',
  done: 'Genomförd',
  notFollowedUp: 'Inte uppföljd',
};

export const MEASURE_KIND_LABEL: Readonly<Record<MeasureKind, string>> = {
  oneOff: 'Särskild insats',
  ordinaryWork: 'Ordinarie verksamhet',
};

export const SOURCE_KIND_LABEL: Readonly<Record<SourceKind, string>> = {
  crimeStatistics: 'Brottsstatistik',
  safetySurvey: 'Trygghetsmätning',
  citizenDialogue: 'Medborgardialog',
  est: 'EST (veckolägesbild)',
  other: 'Annan källa',
};

export const CAUSE_FACTOR_LABEL: Readonly<Record<CauseFactor, string>> = {
  risk: 'Riskfaktor',
  protective: 'Skyddsfaktor',
  place: 'Plats',
  time: 'Tid',
  actor: 'Aktör',
  other: 'Annat',
};

/**
 * A party's name from its id. It can be missing: the agreement lists the parties of its terms as
 * last amended, while a party that left by an amendment ("part utträder") is still named in older
 * decisions, measures and history. A bare id would read like a name; this says it is not one.
 */
export const partyName = (parties: readonly Party[] | undefined, partyId: string): string =>
  parties?.find((p) => p.partyId === partyId)?.name ?? `Okänd part (${partyId})`;

/** "Lomma kommun och Lokalpolisområde Kävlinge". */
export const listSv = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items[items.length - 1]}`;

export const capitalise = (text: string): string => text.charAt(0).toLocaleUpperCase('sv-SE') + text.slice(1);
