import type { ReactNode } from 'react';
import { ProblemMessage } from './ProblemMessage';

/** A loading message screen readers hear (role="status"). */
export const Loading = ({ children = 'Hämtar…' }: { children?: ReactNode }) => (
  <p className="loading" role="status">
    {children}
  </p>
);

/** Loading, then either the error in Swedish or the content. */
export const QueryState = <T,>({
  query,
  loading,
  errorTitle = 'Uppgifterna kunde inte hämtas',
  children,
}: {
  query: { data: T | undefined; error: unknown; isPending: boolean };
  loading?: string;
  errorTitle?: string;
  children: (data: T) => ReactNode;
}) => {
  if (query.data !== undefined) return <>{children(query.data)}</>;
  if (query.error) return <ProblemMessage error={query.error} title={errorTitle} />;
  return <Loading>{loading}</Loading>;
};
