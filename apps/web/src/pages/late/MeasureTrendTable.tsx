import { formatNumber, formatShortDate } from '../../ui';
import type { MeasureStatusPoint } from '../../api/schema';
import { LATE_SERIES, STATUS_SERIES, totalOf } from './trend-series';

/** Every value of the chart, for anyone who does not read the chart: one row per day measured. */
export const MeasureTrendTable = ({ points, caption }: { points: readonly MeasureStatusPoint[]; caption: string }) => (
  <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
    <table className="table table--compact trend-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Datum</th>
          {STATUS_SERIES.map((s) => (
            <th key={s.key} scope="col" className="num">
              {s.label}
            </th>
          ))}
          <th scope="col" className="num">
            Totalt
          </th>
          <th scope="col" className="num">
            {LATE_SERIES.label}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((p) => (
          <tr key={p.at}>
            <th scope="row">
              <time dateTime={p.at}>{formatShortDate(p.at)}</time>
            </th>
            {STATUS_SERIES.map((s) => (
              <td key={s.key} className="num">
                {formatNumber(p[s.key])}
              </td>
            ))}
            <td className="num">{formatNumber(totalOf(p))}</td>
            <td className="num">{formatNumber(p.late)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  </div>
);
