/**
 * The console's screens, as paths. The platform serves index.html at exactly these (the build writes them to
 * routes.json), so a reload or a shared link opens the screen, and no API path is taken by the console.
 */
export const PATHS = {
  home: '/',
  signIn: '/sign-in',
  signedIn: '/signed-in',
  case: '/cases/:caseId',
  caseload: '/caseload',
  registerClient: '/clients/new',
  client: '/clients/:clientId',
  team: '/team',
  teamReferrals: '/team/referrals',
  teamCompliance: '/team/compliance',
  approvals: '/approvals',
  inbox: '/inbox',
  inboxReferral: '/inbox/:referralId',
  replay: '/replay/:caseId',
  chain: '/chain',
  compliance: '/compliance',
  disclosures: '/disclosures',
  clientDisclosures: '/disclosures/:clientId',
  exports: '/exports',
} as const;

/** Every screen's path, in the route syntax both the console's router and the platform's Fastify read. */
export const CLIENT_ROUTES: readonly string[] = Object.values(PATHS);

/** The path of a case's page. */
export const casePath = (caseId: string): string => `/cases/${encodeURIComponent(caseId)}`;

/** The path of a client's record (the client's id only: nothing personal in the address). */
export const clientPath = (clientId: string): string => `/clients/${encodeURIComponent(clientId)}`;

/** The path of a case's replay. */
export const replayPath = (caseId: string): string => `/replay/${encodeURIComponent(caseId)}`;

/** The path of a referral in the provider partner's inbox. */
export const inboxReferralPath = (referralId: string): string => `/inbox/${encodeURIComponent(referralId)}`;

/** The path of the accounting of a client's disclosures (the client's id only: nothing personal in the address). */
export const disclosuresPath = (clientId: string): string => `/disclosures/${encodeURIComponent(clientId)}`;
