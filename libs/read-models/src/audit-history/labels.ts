import type { CauseFactor, MeasureStatus, SourceKind } from '@samverkan/cycle';
import type { Role } from '@samverkan/shared-kernel';

/** Swedish names for the codes an auditor would otherwise have to look up. */
export const ROLE_LABEL_SV: Readonly<Record<Role, string>> = {
  administrator: 'administratör',
  coordinator: 'samordnare',
  councilRepresentative: 'rådsrepresentant',
  councilSubstitute: 'ersättare i rådet',
  auditor: 'revisor',
};

export const SOURCE_KIND_LABEL_SV: Readonly<Record<SourceKind, string>> = {
  crimeStatistics: 'brottsstatistik',
  safetySurvey: 'trygghetsmätning',
  citizenDialogue: 'medborgardialog',
  est: 'EST',
  other: 'annan källa',
};

export const CAUSE_FACTOR_LABEL_SV: Readonly<Record<CauseFactor, string>> = {
  risk: 'riskfaktor',
  protective: 'skyddsfaktor',
  place: 'plats',
  time: 'tid',
  actor: 'aktör',
  other: 'annat',
};

export const MEASURE_STATUS_LABEL_SV: Readonly<Record<MeasureStatus, string>> = {
  green: 'grön (enligt plan)',
  yellow: 'gul (risk för avvikelse)',
  red: 'röd (avviker)',
  done: 'klar',
};

/** "a", "a och b", "a, b och c". */
export const listSv = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} och ${items.at(-1)}`;

export { DECISION_EVENT_TYPES, EVENT_TYPE_GROUPS_SV, eventTypeLabelSv } from './event-type-labels.js';
