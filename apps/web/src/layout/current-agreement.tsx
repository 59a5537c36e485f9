import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { useAgreementDetail, useAgreements } from '../api/queries';
import type { AgreementDetail, AgreementRole, AgreementSummary } from '../api/schema';
import { useAuth } from '../auth/AuthContext';
import { Loading, ProblemMessage } from '../ui';

export interface CurrentAgreement {
  /** The agreements the user holds a role in (GET /agreements), in name order. */
  readonly agreements: readonly AgreementSummary[];
  /** The one chosen in the header; the first until the user chooses. */
  readonly agreement: AgreementSummary | undefined;
  /** Its detail (roles, policy, obligations), once loaded. */
  readonly detail: AgreementDetail | undefined;
  readonly isPending: boolean;
  readonly error: unknown;
  choose(agreementId: string): void;
  /** Whether the user holds `role` in the chosen agreement (an administrator holds none). */
  hasRole(...roles: AgreementRole[]): boolean;
}

const KEY = 'samverkan.agreement';
const Context = createContext<CurrentAgreement | null>(null);

/** The agreement the pages show, chosen in the header and remembered for the tab. */
export const CurrentAgreementProvider = ({ children }: { children: ReactNode }) => {
  const { session } = useAuth();
  const list = useAgreements(Boolean(session));
  const [chosen, setChosen] = useState<string | null>(() => sessionStorage.getItem(KEY));
  const agreements = useMemo(() => list.data ?? [], [list.data]);
  const agreement = agreements.find((a) => a.agreementId === chosen) ?? agreements[0];
  const detail = useAgreementDetail(session ? agreement?.agreementId : undefined);

  const choose = useCallback((agreementId: string) => {
    sessionStorage.setItem(KEY, agreementId);
    setChosen(agreementId);
  }, []);

  const value = useMemo<CurrentAgreement>(
    () => ({
      agreements,
      agreement,
      detail: detail.data,
      isPending: list.isPending || (agreement !== undefined && detail.isPending),
      error: list.error ?? detail.error,
      choose,
      hasRole: (...roles) => (detail.data?.yourRoles ?? []).some((r) => roles.includes(r.role)),
    }),
    [agreements, agreement, detail.data, detail.isPending, detail.error, list.isPending, list.error, choose],
  );
  return <Context.Provider value={value}>{children}</Context.Provider>;
};

export const useCurrentAgreement = (): CurrentAgreement => {
  const value = useContext(Context);
  if (!value) throw new Error('useCurrentAgreement outside CurrentAgreementProvider');
  return value;
};

/**
 * Renders its children with the chosen agreement, or says why there is none: still loading, the
 * list failed, or the user holds no role in any agreement.
 */
export const WithAgreement = ({ children }: { children: (agreement: AgreementSummary, current: CurrentAgreement) => ReactNode }) => {
  const current = useCurrentAgreement();
  if (current.agreement) return <>{children(current.agreement, current)}</>;
  if (current.error) return <ProblemMessage error={current.error} title="Överenskommelserna kunde inte hämtas" />;
  if (current.isPending) return <Loading>Hämtar dina överenskommelser…</Loading>;
  return <p className="notice notice--info">Du har ingen roll i någon samverkansöverenskommelse ännu. Kontakta administratören för att få behörighet.</p>;
};
