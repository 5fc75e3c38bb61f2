import { useEffect, useRef } from 'react';
import { Link, NavLink, Navigate, Outlet, useLocation, useNavigate } from 'react-router';
import { closeSession, currentSession } from '../auth/session';
import { PATHS } from '../routes';

/** The screens each role finds in the navigation. */
const NAVIGATION: readonly { readonly to: string; readonly label: string; readonly roles: readonly string[] }[] = [
  { to: PATHS.home, label: 'Worklist', roles: ['case_manager'] },
  { to: PATHS.caseload, label: 'Caseload', roles: ['case_manager'] },
  {
    to: PATHS.registerClient,
    label: 'Register a client',
    roles: ['intake_worker', 'case_manager', 'supervisor', 'admin'],
  },
  { to: PATHS.team, label: 'Team caseloads', roles: ['supervisor'] },
  { to: PATHS.approvals, label: 'Approvals', roles: ['supervisor'] },
  { to: PATHS.teamReferrals, label: 'Escalated referrals', roles: ['supervisor'] },
  { to: PATHS.teamCompliance, label: 'Compliance at risk', roles: ['supervisor'] },
  { to: PATHS.inbox, label: 'Referral inbox', roles: ['provider_partner'] },
  { to: PATHS.home, label: 'Case replay', roles: ['auditor'] },
  { to: PATHS.chain, label: 'Chain', roles: ['auditor'] },
  { to: PATHS.compliance, label: 'Compliance', roles: ['auditor', 'supervisor'] },
  { to: PATHS.disclosures, label: 'Disclosures', roles: ['auditor'] },
  { to: PATHS.exports, label: 'Exports', roles: ['auditor'] },
];

/**
 * The frame of every signed-in screen: a skip link, the navigation for the person's roles, who is signed in, and the
 * screen. Without a session it sends the person to sign in, and back here afterwards. On each new screen the focus
 * moves to its main region, so keyboard and screen-reader users start at the top of what changed.
 */
export function Layout() {
  const location = useLocation();
  const navigate = useNavigate();
  const main = useRef<HTMLElement>(null);
  const session = currentSession();
  useEffect(() => {
    main.current?.focus({ preventScroll: true });
  }, [location.pathname]);
  if (!session) {
    const next = encodeURIComponent(location.pathname + location.search);
    return <Navigate to={`${PATHS.signIn}?next=${next}`} replace />;
  }
  const links = NAVIGATION.filter((link) => link.roles.some((role) => session.roles.includes(role)));
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="top">
        <Link to={PATHS.home} className="brand">
          Case management
        </Link>
        <nav aria-label="Main">
          <ul>
            {links.map((link) => (
              <li key={link.label}>
                <NavLink to={link.to} end>
                  {link.label}
                </NavLink>
              </li>
            ))}
          </ul>
        </nav>
        <div className="who">
          <span>
            {session.name ?? session.sub} · {session.roles.join(', ')} · {session.tenant}
          </span>
          <button
            type="button"
            onClick={() => {
              closeSession();
              void navigate(PATHS.signIn);
            }}
          >
            Sign out
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
