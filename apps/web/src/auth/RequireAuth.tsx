import { Navigate, Outlet, useLocation } from 'react-router';
import { Loading } from '../ui';
import { useAuth, type SignInState } from './AuthContext';

/** Pages behind sign-in: without a session, the sign-in page, which brings the user back here. */
export const RequireAuth = () => {
  const { session, ended } = useAuth();
  const location = useLocation();
  if (session === undefined) return <Loading>Kontrollerar inloggningen…</Loading>;
  if (!session) return <Navigate to="/logga-in" replace state={{ from: location.pathname, ...(ended ? { reason: ended } : {}) } satisfies SignInState} />;
  return <Outlet />;
};
