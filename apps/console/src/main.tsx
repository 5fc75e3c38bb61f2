import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { PATHS } from './routes';
import { CasePage } from './screens/CasePage';
import { Home } from './screens/Home';
import { SignedIn } from './screens/SignedIn';
import { SignIn } from './screens/SignIn';
import { Layout } from './ui/Layout';
import './styles.css';

// Every path here is in routes.ts, so the platform serves the console at it (tested by the browser tests).
const router = createBrowserRouter([
  { path: PATHS.signIn, element: <SignIn /> },
  { path: PATHS.signedIn, element: <SignedIn /> },
  {
    element: <Layout />,
    children: [
      { path: PATHS.home, element: <Home /> },
      { path: PATHS.case, element: <CasePage /> },
      {
        path: PATHS.registerClient,
        lazy: () => import('./screens/RegisterClient').then((m) => ({ Component: m.RegisterClient })),
      },
      { path: PATHS.client, lazy: () => import('./screens/ClientPage').then((m) => ({ Component: m.ClientPage })) },
      { path: PATHS.caseload, lazy: () => import('./screens/Caseload').then((m) => ({ Component: m.Caseload })) },
      { path: PATHS.team, lazy: () => import('./screens/TeamCaseloads').then((m) => ({ Component: m.TeamCaseloads })) },
      {
        path: PATHS.teamReferrals,
        lazy: () => import('./screens/TeamReferrals').then((m) => ({ Component: m.TeamReferrals })),
      },
      {
        path: PATHS.teamCompliance,
        lazy: () => import('./screens/TeamCompliance').then((m) => ({ Component: m.TeamCompliance })),
      },
      { path: PATHS.approvals, lazy: () => import('./screens/Approvals').then((m) => ({ Component: m.Approvals })) },
      { path: PATHS.inbox, lazy: () => import('./screens/Inbox').then((m) => ({ Component: m.Inbox })) },
      {
        path: PATHS.inboxReferral,
        lazy: () => import('./screens/PartnerReferral').then((m) => ({ Component: m.PartnerReferral })),
      },
      { path: PATHS.replay, lazy: () => import('./screens/Replay').then((m) => ({ Component: m.Replay })) },
      {
        path: PATHS.chain,
        lazy: () => import('./screens/ChainVerification').then((m) => ({ Component: m.ChainVerification })),
      },
      {
        path: PATHS.compliance,
        lazy: () => import('./screens/ComplianceDashboard').then((m) => ({ Component: m.ComplianceDashboard })),
      },
      {
        path: PATHS.disclosures,
        lazy: () => import('./screens/Disclosures').then((m) => ({ Component: m.Disclosures })),
      },
      {
        path: PATHS.clientDisclosures,
        lazy: () => import('./screens/Disclosures').then((m) => ({ Component: m.Disclosures })),
      },
      { path: PATHS.exports, lazy: () => import('./screens/Exports').then((m) => ({ Component: m.Exports })) },
      { path: '*', element: <NotFound /> },
    ],
  },
]);

function NotFound() {
  return (
    <section role="alert">
      <h1>Not found</h1>
      <p>There is no such page in the console.</p>
    </section>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <RouterProvider router={router} />
    </StrictMode>,
  );
}
