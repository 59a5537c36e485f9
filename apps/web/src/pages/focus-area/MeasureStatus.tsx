import type { MeasureStatus as Status } from '../../api/schema';
import { statusText } from './labels';

/**
 * A measure's follow-up status as text with a shape and a colour beside it: the word says it,
 * the colour (green, yellow, red) only repeats it (WCAG 1.4.1).
 */
export function MeasureStatusLabel({ status }: { status: Status | null }) {
  if (status === null) return <span className="fap-status fap-status--none">Inte uppföljd</span>;
  return (
    <span className={`fap-status fap-status--${status}`}>
      <span className="fap-status__mark" aria-hidden="true">
        {status === 'done' ? '✓' : status === 'red' ? '■' : status === 'yellow' ? '▲' : '●'}
      </span>
      <span>{statusText(status)}</span>
    </span>
  );
}
