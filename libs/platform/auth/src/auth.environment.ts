import { join } from 'node:path';
import { IsOptional, IsString, IsUrl, ValidateIf } from 'class-validator';
import { ServiceEnvironment } from '@casemgmt/kernel';
import { type AuthOptions, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from './auth.options';

/** Every app's variables with those of token verification; an app's own environment extends it. */
export class AuthEnvironment extends ServiceEnvironment {
  @IsString()
  readonly AUTH_ISSUER: string = DEVELOPMENT_ISSUER;

  @IsString()
  readonly AUTH_AUDIENCE: string = DEVELOPMENT_AUDIENCE;

  /** An OIDC provider's JWKS; required in production, where the development key is refused. */
  @ValidateIf((env: AuthEnvironment) => env.NODE_ENV === 'production' || env.AUTH_JWKS_URL !== undefined)
  @IsUrl({ protocols: ['https', 'http'], require_tld: false, require_protocol: true })
  readonly AUTH_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  readonly AUTH_DEV_KEY_FILE?: string;

  /** The console's public client id at the OIDC provider; unset, the console offers no OIDC sign-in. */
  @IsOptional()
  @IsString()
  readonly AUTH_CONSOLE_CLIENT_ID?: string;
}

/** How the app verifies tokens: the OIDC provider's JWKS when given, else the development key under DATA_DIR. */
export function authOptionsOf(env: AuthEnvironment): AuthOptions {
  // The development sign-in only in development, and only with the development key (resolveAuthOptions checks that).
  const signIn = {
    development: env.NODE_ENV === 'development',
    ...(env.AUTH_CONSOLE_CLIENT_ID ? { consoleClientId: env.AUTH_CONSOLE_CLIENT_ID } : {}),
  };
  return env.AUTH_JWKS_URL
    ? { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, jwksUrl: env.AUTH_JWKS_URL, signIn }
    : {
        issuer: env.AUTH_ISSUER,
        audience: env.AUTH_AUDIENCE,
        devKeyFile: env.AUTH_DEV_KEY_FILE ?? join(env.DATA_DIR, 'dev-auth', 'signing-key.json'),
        signIn,
      };
}
