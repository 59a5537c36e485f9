import { useState, type MouseEvent } from 'react';
import { api } from '../../api/api';
import { useAnnounce, ProblemMessage } from '../../ui';
import { filterParams } from './audit-queries';
import type { AuditFilter } from './audit-filter';
import { downloadWithToken } from './download';

const FORMATS = [
  { format: 'csv', label: 'Ladda ner som CSV (för Excel)' },
  { format: 'json', label: 'Ladda ner som JSON' },
] as const;

/** The file holds the rows in the order the table shows them (`order`), so the two can be read side by side. */
export const exportHref = (agreementId: string, filter: AuditFilter, format: 'csv' | 'json', order: 'asc' | 'desc'): string => {
  const params = new URLSearchParams({ format, order });
  for (const [key, value] of Object.entries(filterParams(filter))) if (value) params.set(key, value);
  return `/api/agreements/${agreementId}/audit/export?${params.toString()}`;
};

/**
 * The filtered history as a file. Real links (the address says what they fetch), but the click
 * fetches the file with the bearer token and saves it from a Blob: the API needs the token, and a
 * token in a link's address would end up in the history and the server's logs.
 */
export const ExportLinks = ({ agreementId, filter, order }: { agreementId: string; filter: AuditFilter; order: 'asc' | 'desc' }) => {
  const announce = useAnnounce();
  const [busy, setBusy] = useState<string | null>(null);
  const [error, setError] = useState<unknown>(null);

  const download = async (event: MouseEvent<HTMLAnchorElement>, format: 'csv' | 'json') => {
    event.preventDefault();
    if (busy) return;
    setBusy(format);
    setError(null);
    try {
      // Read-your-writes, as every read-model query: the file includes what this tab wrote.
      const href = new URL(event.currentTarget.href);
      if (api.lastPosition !== null) href.searchParams.set('minPosition', api.lastPosition);
      const name = await downloadWithToken(href.toString(), `granskning-${agreementId}.${format}`);
      announce(`Filen ${name} har laddats ner.`);
    } catch (problem) {
      setError(problem);
    } finally {
      setBusy(null);
    }
  };

  return (
    <div className="export">
      <p className="export__intro">
        Exportera händelserna som matchar filtret (alla sidor), i samma ordning som tabellen. Tiderna i CSV-filen är svensk tid.
      </p>
      <ul className="export__links">
        {FORMATS.map(({ format, label }) => (
          <li key={format}>
            <a
              className="button button--secondary"
              href={exportHref(agreementId, filter, format, order)}
              download={`granskning-${agreementId}.${format}`}
              aria-busy={busy === format || undefined}
              onClick={(event) => void download(event, format)}
            >
              {busy === format ? `${label} – hämtar…` : label}
            </a>
          </li>
        ))}
      </ul>
      <ProblemMessage error={error} title="Filen kunde inte laddas ner" />
    </div>
  );
};
