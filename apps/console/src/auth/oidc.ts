import type { UserManager } from 'oidc-client-ts';
import { PATHS } from '../routes';

/** The OIDC provider and the console's client there, as `GET /auth/sign-in` publishes them. */
export interface OidcSettings {
  readonly authority: string;
  readonly clientId: string;
  readonly audience: string;
}

const SETTINGS_KEY = 'casemgmt.oidc';

// Loaded only by those who sign in with OIDC: the development sign-in and the home screen do without it.
async function userManager(settings: OidcSettings): Promise<UserManager> {
  const { UserManager, WebStorageStateStore } = await import('oidc-client-ts');
  return new UserManager({
    authority: settings.authority,
    client_id: settings.clientId,
    redirect_uri: `${window.location.origin}${PATHS.signedIn}`,
    post_logout_redirect_uri: `${window.location.origin}${PATHS.signIn}`,
    response_type: 'code',
    scope: 'openid profile',
    // Some providers (Auth0, Keycloak with a mapper) put the API's audience in the token only when asked.
    extraQueryParams: { audience: settings.audience },
    userStore: new WebStorageStateStore({ store: window.sessionStorage }),
  });
}

/** Sends the browser to the provider: authorization code with PKCE (oidc-client-ts makes the verifier). */
export async function startOidcSignIn(settings: OidcSettings, next: string): Promise<void> {
  window.sessionStorage.setItem(SETTINGS_KEY, JSON.stringify(settings));
  await (await userManager(settings)).signinRedirect({ state: next });
}

/** Completes the sign-in on the way back: the access token, and where the person was going. */
export async function finishOidcSignIn(): Promise<{ readonly accessToken: string; readonly next: string }> {
  const saved = window.sessionStorage.getItem(SETTINGS_KEY);
  if (!saved) throw new Error('no sign-in was started in this tab');
  const user = await (await userManager(JSON.parse(saved) as OidcSettings)).signinRedirectCallback();
  const next = typeof user.state === 'string' && user.state.startsWith('/') ? user.state : PATHS.home;
  return { accessToken: user.access_token, next };
}
