import { lazy } from 'react';
import { Navigate, Route, Routes } from 'react-router';
import { RequireAuth } from './auth/RequireAuth';
import { SignInPage } from './auth/SignInPage';
import { useCurrentAgreement } from './layout/current-agreement';
import { Layout } from './layout/Layout';
import DecisionsPage from './pages/decisions/DecisionsPage';
import NotFoundPage from './pages/NotFoundPage';
import { ADMIN_PATHS } from './pages/admin/admin-paths';
import OverviewPage from './pages/overview/OverviewPage';
import { Loading } from './ui';

// The daily pages (Översikt, Beslut) are in the first download; the others load when first opened,
// so a council member on a tablet never downloads the audit tables or the charts of Försenat.
const AccessibilityPage = lazy(() => import('./pages/accessibility/AccessibilityPage'));
const AgreementPage = lazy(() => import('./pages/agreement/AgreementPage'));
const AnnexesPage = lazy(() => import('./pages/annexes/AnnexesPage'));
const AuditPage = lazy(() => import('./pages/audit/AuditPage'));
const FocusAreaPage = lazy(() => import('./pages/focus-area/FocusAreaPage'));
const LatePage = lazy(() => import('./pages/late/LatePage'));
const MeetingsPage = lazy(() => import('./pages/meetings/MeetingsPage'));
const MeetingPage = lazy(() => import('./pages/meetings/MeetingPage'));
const ProposeFocusAreaPage = lazy(() => import('./pages/admin/ProposeFocusAreaPage'));
const RegisterAgreementPage = lazy(() => import('./pages/admin/RegisterAgreementPage'));
const RolesPage = lazy(() => import('./pages/admin/RolesPage'));
const AccountsPage = lazy(() => import('./pages/accounts/AccountsPage'));
const MyAccountPage = lazy(() => import('./pages/accounts/MyAccountPage'));
const PasswordLinkPage = lazy(() => import('./pages/accounts/PasswordLinkPage'));

/** The paths, in Swedish as users read them in the address bar. */
export const ROUTES = {
  overview: '/oversikt',
  decisions: '/beslut',
  audit: '/granskning',
  late: '/forsenat',
  meetings: '/moten',
  meeting: '/moten/:meetingId',
  annexes: '/bilagor',
  accessibility: '/tillganglighet',
  focusArea: '/fokusomraden/:focusAreaId',
  agreement: '/overenskommelsen',
  signIn: '/logga-in',
  ...ADMIN_PATHS,
  accounts: '/konton',
  myAccount: '/mitt-konto',
  passwordLink: '/losenord/:token',
} as const;

/** "/": each role starts where its work is — council members in Beslut, auditors in Granskning. */
const Home = () => {
  const { hasRole, isPending } = useCurrentAgreement();
  if (isPending) return <Loading>Hämtar dina överenskommelser…</Loading>;
  if (hasRole('coordinator')) return <Navigate to={ROUTES.overview} replace />;
  if (hasRole('councilRepresentative', 'councilSubstitute')) return <Navigate to={ROUTES.decisions} replace />;
  if (hasRole('auditor')) return <Navigate to={ROUTES.audit} replace />;
  return <Navigate to={ROUTES.overview} replace />;
};

export const App = () => (
  <Routes>
    <Route element={<Layout />}>
      <Route path={ROUTES.signIn} element={<SignInPage />} />
      <Route path={ROUTES.accessibility} element={<AccessibilityPage />} />
      <Route path={ROUTES.passwordLink} element={<PasswordLinkPage />} />
      <Route element={<RequireAuth />}>
        <Route index element={<Home />} />
        <Route path={ROUTES.overview} element={<OverviewPage />} />
        <Route path={ROUTES.decisions} element={<DecisionsPage />} />
        <Route path={ROUTES.audit} element={<AuditPage />} />
        <Route path={ROUTES.late} element={<LatePage />} />
        <Route path={ROUTES.meetings} element={<MeetingsPage />} />
        <Route path={ROUTES.meeting} element={<MeetingPage />} />
        <Route path={ROUTES.annexes} element={<AnnexesPage />} />
        <Route path={ROUTES.focusArea} element={<FocusAreaPage />} />
        <Route path={ROUTES.agreement} element={<AgreementPage />} />
        <Route path={ROUTES.proposeFocusArea} element={<ProposeFocusAreaPage />} />
        <Route path={ROUTES.registerAgreement} element={<RegisterAgreementPage />} />
        <Route path={ROUTES.roles} element={<RolesPage />} />
        <Route path={ROUTES.accounts} element={<AccountsPage />} />
        <Route path={ROUTES.myAccount} element={<MyAccountPage />} />
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Route>
  </Routes>
);
