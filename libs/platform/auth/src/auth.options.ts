/** Issuer of development tokens; the app's default when no OIDC provider is configured. */
export const DEVELOPMENT_ISSUER = 'casemgmt-dev';
/** Audience of development tokens; the app's default when no OIDC provider is configured. */
export const DEVELOPMENT_AUDIENCE = 'casemgmt-api';
/** Where the development signing key lives, relative to the process working directory (git-ignored). */
export const DEVELOPMENT_KEY_FILE = '.data/dev-auth/signing-key.json';

/**
 * What the app passes to `AuthModule.forRoot`, after validating its own environment.
 * Exactly one of `jwksUrl` and `devKeyFile` must be set (a non-empty string counts as set).
 */
export interface AuthOptions {
  readonly issuer: string;
  readonly audience: string;
  /** JWKS endpoint of an OIDC provider; https, or http only for a loopback host. */
  readonly jwksUrl?: string;
  /** JWK file of the development key pair, created on first use. */
  readonly devKeyFile?: string;
  /** Claim holding the tenant id; default `tenant`. */
  readonly tenantClaim?: string;
  /** Claim holding the role list, a dotted path allowed (`realm_access.roles`); default `roles`. */
  readonly rolesClaim?: string;
  /** Allowed clock skew for `exp`/`nbf`, 0 to 300 seconds; default 5. */
  readonly clockToleranceSec?: number;
  /** How people sign in to the console; without it, only the OIDC provider's own tokens are of use. */
  readonly signIn?: SignInOptions;
}

/** What the console needs to sign people in, published by `GET /auth/sign-in`. */
export interface SignInOptions {
  /**
   * The development sign-in (`POST /auth/sign-in/development`) mints tokens with the development key. Honoured only
   * while tokens are verified with that key: never with an OIDC provider, never in production.
   */
  readonly development: boolean;
  /** The console's public client at the OIDC provider (authorization code with PKCE); the issuer is the authority. */
  readonly consoleClientId?: string;
}

export type KeySource =
  { readonly kind: 'jwks'; readonly url: URL } | { readonly kind: 'development'; readonly file: string };

/** {@link AuthOptions} checked, with defaults applied. */
export interface ResolvedAuthOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly keySource: KeySource;
  readonly tenantClaim: string;
  readonly rolesClaim: string;
  readonly clockToleranceSec: number;
  /** Present when the app publishes sign-in options; `development` only with the development key. */
  readonly signIn?: SignInOptions;
}

/** Thrown at boot when the options cannot work. */
export class AuthConfigError extends Error {
  override readonly name = 'AuthConfigError';
}

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Checks the options and applies defaults; throws {@link AuthConfigError} with the reason. */
export function resolveAuthOptions(options: AuthOptions): ResolvedAuthOptions {
  const issuer = required(options.issuer, 'issuer');
  const audience = required(options.audience, 'audience');
  const tenantClaim = claimPath(options.tenantClaim ?? 'tenant', 'tenantClaim');
  const rolesClaim = claimPath(options.rolesClaim ?? 'roles', 'rolesClaim');
  const clockToleranceSec = options.clockToleranceSec ?? 5;
  if (!Number.isInteger(clockToleranceSec) || clockToleranceSec < 0 || clockToleranceSec > 300) {
    throw new AuthConfigError('auth: clockToleranceSec must be an integer from 0 to 300');
  }
  const source = keySource(options);
  const signIn = options.signIn
    ? { ...options.signIn, development: options.signIn.development && source.kind === 'development' }
    : undefined;
  return {
    issuer,
    audience,
    keySource: source,
    tenantClaim,
    rolesClaim,
    clockToleranceSec,
    ...(signIn ? { signIn } : {}),
  };
}

function keySource({ jwksUrl, devKeyFile }: AuthOptions): KeySource {
  if (jwksUrl && devKeyFile) {
    throw new AuthConfigError('auth: set either jwksUrl (OIDC provider) or devKeyFile (development key), not both');
  }
  if (devKeyFile) return { kind: 'development', file: devKeyFile };
  if (!jwksUrl) throw new AuthConfigError('auth: set jwksUrl (OIDC provider) or devKeyFile (development key)');
  let url: URL;
  try {
    url = new URL(jwksUrl);
  } catch {
    throw new AuthConfigError(`auth: jwksUrl is not a URL: ${jwksUrl}`);
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname))) {
    throw new AuthConfigError('auth: jwksUrl must use https (http is allowed only for a loopback host)');
  }
  return { kind: 'jwks', url };
}

function required(value: string | undefined, name: string): string {
  if (typeof value !== 'string' || value.trim() === '') throw new AuthConfigError(`auth: ${name} is required`);
  return value;
}

function claimPath(value: string, name: string): string {
  if (value.trim() === '' || value.split('.').some((segment) => segment === '')) {
    throw new AuthConfigError(`auth: ${name} must be a claim name or a dotted path such as realm_access.roles`);
  }
  return value;
}
