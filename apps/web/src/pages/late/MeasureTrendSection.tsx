import { useState } from 'react';
import type { AgreementSummary } from '../../api/schema';
import { formatShortDate, FormField, QueryState } from '../../ui';
import { useMeasureTrend } from './late-queries';
import { MeasureTrendChart } from './MeasureTrendChart';
import { MeasureTrendTable } from './MeasureTrendTable';

type Span = 'year' | 'period';

/** Measures by status over time up to the day shown, as a chart and as a table: the year before it, or the agreement's period so far. */
export const MeasureTrendSection = ({ agreement, today }: { agreement: AgreementSummary; today: string }) => {
  const [span, setSpan] = useState<Span>('year');
  const periodEnd = agreement.period.to < today ? agreement.period.to : today;
  const periodStarted = agreement.period.from < periodEnd;
  const trend = useMeasureTrend(
    agreement.agreementId,
    span === 'period' && periodStarted ? { from: agreement.period.from, to: periodEnd } : { to: today },
  );

  return (
    <section className="late-section" aria-labelledby="over-tid">
      <h2 id="over-tid">Åtgärder per status över tid</h2>
      <p>Hur åtgärderna i de pågående fokusområdena har följts upp, räknat vid varje mättillfälle. Försenade åtgärder räknas också i sin status.</p>
      <FormField label="Tidsperiod">
        {(control) => (
          <select {...control} className="select trend-span" value={span} onChange={(e) => setSpan(e.target.value === 'period' ? 'period' : 'year')}>
            <option value="year">Senaste året (en mätning i månaden)</option>
            <option value="period" disabled={!periodStarted}>
              Hela avtalsperioden hittills
            </option>
          </select>
        )}
      </FormField>
      <QueryState query={trend} loading="Räknar åtgärder över tid…" errorTitle="Utvecklingen kunde inte hämtas">
        {(data) => (
          <>
            <MeasureTrendChart points={data.points} />
            <details className="trend-details">
              <summary>Visa värdena som tabell</summary>
              <MeasureTrendTable
                points={data.points}
                caption={`Åtgärder per status från ${formatShortDate(data.from)} till ${formatShortDate(data.to)}`}
              />
            </details>
          </>
        )}
      </QueryState>
    </section>
  );
};
