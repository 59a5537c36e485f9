import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { AuditPaging } from './audit-queries';
import type { AuditFilter } from './audit-filter';

export const PAGE_SIZES = [25, 50, 100] as const;

/**
 * The audit filters, page and order live in the address (?fokusomrade=…&typ=…&sida=2): an auditor
 * can bookmark or send a view, and the browser's back button steps back through the views.
 */
export const useAuditUrlState = () => {
  const [params, setParams] = useSearchParams();

  const filter = useMemo<AuditFilter>(
    () => ({
      focusAreaId: params.get('fokusomrade') || undefined,
      partyId: params.get('part') || undefined,
      kinds: (params.get('typ') ?? '').split(',').filter(Boolean),
      from: params.get('fran') || undefined,
      to: params.get('till') || undefined,
    }),
    [params],
  );

  const size = Number(params.get('rader'));
  const paging: AuditPaging = {
    page: Math.max(1, Number(params.get('sida')) || 1),
    pageSize: PAGE_SIZES.includes(size as (typeof PAGE_SIZES)[number]) ? size : PAGE_SIZES[0],
    order: params.get('ordning') === 'asc' ? 'asc' : 'desc',
  };

  const update = useCallback(
    (values: Record<string, string | undefined>) =>
      setParams((current) => {
        const next = new URLSearchParams(current);
        for (const [key, value] of Object.entries(values)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        return next;
      }),
    [setParams],
  );

  /** A new filter starts again at page 1. */
  const applyFilter = (next: AuditFilter) =>
    update({ fokusomrade: next.focusAreaId, part: next.partyId, typ: next.kinds.join(','), fran: next.from, till: next.to, sida: undefined });

  const applyPaging = (next: Partial<AuditPaging>) =>
    update({
      sida: next.page && next.page > 1 ? String(next.page) : next.page === 1 ? undefined : (params.get('sida') ?? undefined),
      ...(next.pageSize ? { rader: String(next.pageSize), sida: undefined } : {}),
      ...(next.order ? { ordning: next.order, sida: undefined } : {}),
    });

  return { filter, paging, applyFilter, applyPaging };
};
