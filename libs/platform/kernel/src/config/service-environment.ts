import { join } from 'node:path';
import { IsIn, IsInt, IsOptional, IsString, IsUrl, Max, Min, ValidateIf } from 'class-validator';
import { type AuthOptions, DEVELOPMENT_AUDIENCE, DEVELOPMENT_ISSUER } from '@casemgmt/auth';

const LOG_LEVELS = ['fatal', 'error', 'warn', 'log', 'debug', 'verbose'] as const;

/** The variables every app reads (listener, logs, data folder, token verification); apps extend it with their own. */
export class ServiceEnvironment {
  @IsIn(['development', 'test', 'production'])
  readonly NODE_ENV: 'development' | 'test' | 'production' = 'development';

  @IsString()
  readonly HOST: string = '0.0.0.0';

  @IsInt()
  @Min(0)
  @Max(65535)
  readonly PORT: number = 3000;

  @IsIn(LOG_LEVELS)
  readonly LOG_LEVEL: (typeof LOG_LEVELS)[number] = 'log';

  @IsString()
  readonly DATA_DIR: string = '.data';

  @IsString()
  readonly AUTH_ISSUER: string = DEVELOPMENT_ISSUER;

  @IsString()
  readonly AUTH_AUDIENCE: string = DEVELOPMENT_AUDIENCE;

  /** An OIDC provider's JWKS; required in production, where the development key is refused. */
  @ValidateIf((env: ServiceEnvironment) => env.NODE_ENV === 'production' || env.AUTH_JWKS_URL !== undefined)
  @IsUrl({ protocols: ['https', 'http'], require_tld: false, require_protocol: true })
  readonly AUTH_JWKS_URL?: string;

  @IsOptional()
  @IsString()
  readonly AUTH_DEV_KEY_FILE?: string;
}

/** How the app verifies tokens: the OIDC provider's JWKS when given, else the development key under DATA_DIR. */
export function authOptionsOf(env: ServiceEnvironment): AuthOptions {
  return env.AUTH_JWKS_URL
    ? { issuer: env.AUTH_ISSUER, audience: env.AUTH_AUDIENCE, jwksUrl: env.AUTH_JWKS_URL }
    : {
        issuer: env.AUTH_ISSUER,
        audience: env.AUTH_AUDIENCE,
        devKeyFile: env.AUTH_DEV_KEY_FILE ?? join(env.DATA_DIR, 'dev-auth', 'signing-key.json'),
      };
}
