import { Suspense, useEffect, useState } from 'react';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useInbox } from '../api/queries';
import { ADMIN_PATHS } from '../pages/admin/admin-paths';
import { useAuth } from '../auth/AuthContext';
import { Button, formatCount, Loading } from '../ui';
import { AgreementChooser } from './AgreementChooser';
import { useCurrentAgreement } from './current-agreement';
import { shortRole } from './short-role';

export const MAIN_ID = 'huvudinnehall';
const MENU_ID = 'huvudmeny';

/** Decisions waiting for the user's party, shown beside "Beslut" for council members. */
const PendingDecisions = () => {
  const { agreement, hasRole } = useCurrentAgreement();
  const decides = hasRole('councilRepresentative', 'councilSubstitute');
  const inbox = useInbox(decides ? agreement?.agreementId : undefined);
  const count = inbox.data?.reduce((sum, party) => sum + party.items.length, 0) ?? 0;
  if (!decides || count === 0) return null;
  return (
    <span className="nav__count">
      <span aria-hidden="true">{count}</span>
      <span className="visually-hidden">, {formatCount(count, 'förslag väntar', 'förslag väntar')} på beslut</span>
    </span>
  );
};

const NAV = [
  { to: '/oversikt', label: 'Översikt' },
  { to: '/beslut', label: 'Beslut' },
  { to: '/granskning', label: 'Granskning' },
  { to: '/forsenat', label: 'Försenat' },
  { to: '/moten', label: 'Möten' },
  { to: '/bilagor', label: 'Bilagor' },
] as const;

/** The work beside the daily pages, shown to those the API lets do it. */
const AdminNav = ({ administrator }: { administrator: boolean }) => {
  const { hasRole } = useCurrentAgreement();
  const items = [
    ...(hasRole('coordinator') ? [{ to: ADMIN_PATHS.proposeFocusArea, label: 'Föreslå fokusområde' }] : []),
    ...(administrator
      ? [
          { to: ADMIN_PATHS.roles, label: 'Roller' },
          { to: ADMIN_PATHS.registerAgreement, label: 'Registrera överenskommelse' },
        ]
      : []),
  ];
  return items.map((item) => (
    <li key={item.to}>
      <NavLink to={item.to} className="nav__link">
        {item.label}
      </NavLink>
    </li>
  ));
};

/**
 * Every page's frame: a skip link first, the header (banner) with the agreement chooser and the
 * user, the main navigation, the page in <main>, and a footer with the accessibility statement.
 * The header fits each width on its own rows: at 1280 px brand, agreement and user on one; on a
 * phone the menu folds behind "Meny" and "Logga ut" keeps its full size beside the shortened name.
 */
export const Layout = () => {
  const { session, signOut } = useAuth();
  const { pathname } = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  // On a phone the menu folds away behind "Meny"; following one of its links closes it again.
  useEffect(() => setMenuOpen(false), [pathname]);
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Hoppa till huvudinnehållet
      </a>
      <header className="header">
        <div className="header__inner">
          <Link to="/" className="brand">
            <span className="brand__name">Samverkan</span>
            <span className="brand__tagline">Brottsförebyggande samverkan</span>
          </Link>
          {session ? (
            <div className="header__tools">
              <AgreementChooser />
              <div className="user">
                <Link to="/mitt-konto" className="user__name" title={session.displayName}>
                  <span className="visually-hidden">Mitt konto, inloggad som {session.displayName}</span>
                  <span className="user__short" aria-hidden="true">
                    {shortRole(session.displayName)}
                  </span>
                </Link>
                <Button variant="secondary" className="user__sign-out" onClick={signOut}>
                  Logga ut
                </Button>
              </div>
            </div>
          ) : null}
        </div>
        <nav className="nav" aria-label="Huvudmeny">
          <div className="nav__bar">
            <button type="button" className="nav__toggle" aria-expanded={menuOpen} aria-controls={MENU_ID} onClick={() => setMenuOpen((open) => !open)}>
              <span aria-hidden="true" className="nav__toggle-icon" />
              Meny
            </button>
          </div>
          <ul className={menuOpen ? 'nav__list nav__list--open' : 'nav__list'} id={MENU_ID}>
            {session ? (
              [...NAV, ...(session.administrator ? [{ to: '/konton', label: 'Konton' }] : [])].map((item) => (
                <li key={item.to}>
                  <NavLink to={item.to} className="nav__link">
                    {item.label}
                    {item.to === '/beslut' ? <PendingDecisions /> : null}
                  </NavLink>
                </li>
              ))
            ) : (
              <li>
                <NavLink to="/logga-in" className="nav__link">
                  Logga in
                </NavLink>
              </li>
            )}
            {session ? <AdminNav administrator={session.administrator} /> : null}
            <li>
              <NavLink to="/tillganglighet" className="nav__link">
                Tillgänglighet
              </NavLink>
            </li>
          </ul>
        </nav>
      </header>
      <main id={MAIN_ID} className="main" tabIndex={-1}>
        <Suspense fallback={<Loading>Hämtar sidan…</Loading>}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="footer">
        <div className="footer__inner">
          <p>Samverkan – stöd för samverkansöverenskommelser mellan kommun och polis enligt lag (2023:196).</p>
          <ul className="footer__links">
            <li>
              <Link to="/tillganglighet">Tillgänglighetsredogörelse</Link>
            </li>
            <li>
              <a href="/api/docs">API-dokumentation (på engelska)</a>
            </li>
          </ul>
        </div>
      </footer>
    </>
  );
};
