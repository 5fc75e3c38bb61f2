import { DomainError } from '@casemgmt/kernel';

/** Codes in the `error` field of the 401/403/503 bodies the auth guard sends. */
export type AuthErrorCode =
  'UNAUTHENTICATED' | 'FORBIDDEN_ROLE' | 'ROUTE_HAS_NO_ROLE_POLICY' | 'TENANT_MISMATCH' | 'AUTH_KEYS_UNAVAILABLE';

type AuthRefusal = Extract<AuthErrorCode, 'FORBIDDEN_ROLE' | 'ROUTE_HAS_NO_ROLE_POLICY' | 'TENANT_MISMATCH'>;

/** Auth's answers, as {@link DomainError}s the app's one exception filter sends like any other. */
export const AuthErrors = {
  // `challenge` is the 401's WWW-Authenticate header (RFC 6750 §3): what the caller should send instead.
  unauthenticated: (challenge: string, message: string) =>
    new DomainError('UNAUTHENTICATED', 'unauthenticated', message, undefined, { challenge }),
  forbidden: (code: AuthRefusal, message: string) => new DomainError(code, 'forbidden', message),
  // Not the caller's fault, so not a 401.
  keysUnavailable: () => new DomainError('AUTH_KEYS_UNAVAILABLE', 'unavailable', 'cannot verify tokens right now'),
} as const;

/** A token that cannot be accepted; `message` is a short reason safe to show the caller. */
export class TokenRejectedError extends Error {
  override readonly name = 'TokenRejectedError';
}

/** The signing keys could not be fetched, so no token can be checked right now (not the caller's fault). */
export class SigningKeysUnavailableError extends Error {
  override readonly name = 'SigningKeysUnavailableError';
}
