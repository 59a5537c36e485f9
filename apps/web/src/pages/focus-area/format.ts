import { formatNumber } from '../../ui';

/** A measured value or '–' when there is none yet. */
export const formatValue = (value: number | undefined): string => (value === undefined ? '–' : formatNumber(value));
