import type { AgreementSummary } from '../../api/schema';
import { Button, FormField, formatCount, formatNumber, QueryState } from '../../ui';
import { AuditFilters } from './AuditFilters';
import { AuditTable } from './AuditTable';
import { ExportLinks } from './ExportLinks';
import { useAuditHistory } from './audit-queries';
import { PAGE_SIZES, useAuditUrlState } from './audit-url-state';

/** Granskning, first part: every event, filtered and paged, and the filtered whole as a file. */
export const AuditHistorySection = ({ agreement }: { agreement: AgreementSummary }) => {
  const { filter, paging, applyFilter, applyPaging } = useAuditUrlState();
  const history = useAuditHistory(agreement.agreementId, filter, paging);

  return (
    <section className="audit-section" aria-labelledby="handelser">
      <h2 id="handelser" tabIndex={-1}>
        Händelser
      </h2>
      <p>Varje händelse i loggen: vem som gjorde vad, när, i vilken roll, för vilken part, vid vilket möte och med vilken motivering.</p>
      {/* A new key when the address changes resets the form to what is applied (back button, "Rensa"). */}
      <AuditFilters key={JSON.stringify(filter)} agreement={agreement} filter={filter} onApply={applyFilter} />
      <ExportLinks agreementId={agreement.agreementId} filter={filter} order={paging.order} />

      <div className="audit-view-options">
        <FormField label="Ordning">
          {(control) => (
            <select
              {...control}
              className="select"
              value={paging.order}
              onChange={(e) => applyPaging({ order: e.target.value === 'asc' ? 'asc' : 'desc' })}
            >
              <option value="desc">Senaste först</option>
              <option value="asc">Äldsta först</option>
            </select>
          )}
        </FormField>
        <FormField label="Händelser per sida">
          {(control) => (
            <select {...control} className="select" value={paging.pageSize} onChange={(e) => applyPaging({ pageSize: Number(e.target.value) })}>
              {PAGE_SIZES.map((size) => (
                <option key={size} value={size}>
                  {size}
                </option>
              ))}
            </select>
          )}
        </FormField>
      </div>

      <QueryState query={history} loading="Hämtar händelser…" errorTitle="Händelserna kunde inte hämtas">
        {(data) => {
          const pages = Math.max(1, Math.ceil(data.total / data.pageSize));
          const first = data.total === 0 ? 0 : (data.page - 1) * data.pageSize + 1;
          const last = Math.min(data.total, data.page * data.pageSize);
          const summary =
            data.total === 0
              ? 'Inga händelser matchar filtret.'
              : `Visar ${formatNumber(first)}–${formatNumber(last)} av ${formatCount(data.total, 'händelse', 'händelser')}.`;
          return (
            <>
              <p role="status" className="audit-count">
                {summary}
              </p>
              {data.items.length > 0 ? <AuditTable agreement={agreement} rows={data.items} caption={`Händelser, sida ${data.page} av ${pages}`} /> : null}
              {pages > 1 ? (
                <nav className="pager" aria-label="Sidor i händelselistan">
                  <Button
                    variant="secondary"
                    aria-disabled={data.page <= 1 || undefined}
                    onClick={() => data.page > 1 && applyPaging({ page: data.page - 1 })}
                  >
                    Föregående sida
                  </Button>
                  <span className="pager__where">
                    Sida {data.page} av {pages}
                  </span>
                  <Button
                    variant="secondary"
                    aria-disabled={data.page >= pages || undefined}
                    onClick={() => data.page < pages && applyPaging({ page: data.page + 1 })}
                  >
                    Nästa sida
                  </Button>
                </nav>
              ) : null}
            </>
          );
        }}
      </QueryState>
    </section>
  );
};
