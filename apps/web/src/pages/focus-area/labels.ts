import type { MeasureStatus } from '../../api/schema';
import type { ActorRole } from '../../api/schema';

/**
 * Words this page needs beyond ui/labels: the status with its colour named in text (grön, gul,
 * röd, klar), so colour is never the only sign, and every role the audit history can name.
 */
export const STATUS_COLOUR: Readonly<Record<MeasureStatus, string>> = {
  green: 'Grön',
  yellow: 'Gul',
  red: 'Röd',
  done: 'Klar',
};

export const STATUS_MEANING: Readonly<Record<MeasureStatus, string>> = {
  green: 'enligt plan',
  yellow: 'risk för avvikelse',
  red: 'avviker från plan',
  done: 'genomförd',
};

export const statusText = (status: MeasureStatus): string =>
  status === 'done' ? 'Klar – genomförd' : `${STATUS_COLOUR[status]} – ${STATUS_MEANING[status]}`;

export { MEASURE_STATUSES } from '../../api/schema';

export const AUDIT_ROLE_LABEL: Readonly<Record<ActorRole, string>> = {
  administrator: 'administratör',
  coordinator: 'samordnare',
  councilRepresentative: 'representant i det strategiska rådet',
  councilSubstitute: 'ersättare i det strategiska rådet',
  auditor: 'revisor',
};

/** "Skriv ett tal": a Swedish decimal comma or a point, nothing else. */
export const parseDecimal = (text: string): number | null => {
  const trimmed = text.trim().replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(trimmed)) return null;
  const value = Number(trimmed);
  return Number.isFinite(value) ? value : null;
};

/** A number as a Swedish reader writes it back in a field: 2.4 → "2,4". */
export const decimalText = (value: number | undefined): string => (value === undefined ? '' : String(value).replace('.', ','));
